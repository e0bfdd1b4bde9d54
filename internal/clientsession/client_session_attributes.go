package provider

import (
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
)

const (
	attrID                  = "id"
	attrClientSessionID     = "client_session_id"
	attrUserIdentifierKey   = "user_identifier_key"
	attrToken               = "token"
	attrWorkspaceID         = "workspace_id"
	attrCreatedAt           = "created_at"
	attrExpiresAt           = "expires_at"
	attrDeviceCount         = "device_count"
	attrConnectedAccountIDs = "connected_account_ids"
	attrConnectWebviewIDs   = "connect_webview_ids"
	attrUserIdentityIDs     = "user_identity_ids"
	attrUserIdentityID      = "user_identity_id"
	attrCustomerKey         = "customer_key"
	attrCustomerID          = "customer_id"
)

type attributeKind int

const (
	kindString attributeKind = iota
	kindInt64
	kindIDSet
	kindTimestamp
)

// resourceRole is what an attribute is to the managed resource, and so how a change to it
// is planned: Seam has no update route, only grant_access, which adds.
type resourceRole int

const (
	// computedStable is set by Seam when the session is made and never changes.
	computedStable resourceRole = iota
	// computedVarying is set by Seam and may change while the session lives.
	computedVarying
	// replacing is an argument that only create can set: any change replaces the session.
	replacing
	// grantable is a set of IDs: additions are granted in place, a removal replaces.
	grantable
	// grantableOnce is set in place where there was none; any other change replaces.
	grantableOnce
	// expiry is the session's end: a change replaces; left out, Seam chooses it.
	expiry
)

// clientSessionAttribute describes one attribute once, for every schema that has it: the
// data source and the ephemeral resource, the items of seam_client_sessions, the resource.
type clientSessionAttribute struct {
	name        string
	kind        attributeKind
	description string
	// lookup is set for the two lookup keys of the data source and the ephemeral resource,
	// which are arguments there: it says how they are used.
	lookup    string
	role      resourceRole
	sensitive bool
	// deprecation is Seam's own deprecation of the field.
	deprecation string
}

var clientSessionAttributes = []clientSessionAttribute{
	{name: attrID, kind: kindString, role: computedStable, description: "The client session's ID, the same as `client_session_id`."},
	{name: attrClientSessionID, kind: kindString, role: computedStable, description: "The client session's ID.",
		lookup: "The ID of the client session to read. Set this or `user_identifier_key`, not both. When the session is looked up another way, Seam's value."},
	{name: attrUserIdentifierKey, kind: kindString, role: replacing,
		description: "The user identifier key that your application gave the client session, such as your own user ID; null when it has none.",
		lookup: "The user identifier key that your application gave the client session when it created it, such as your own user ID. " +
			"Set this or `client_session_id`, not both. When the session is looked up by ID, Seam's value, or null when the session has none."},
	{name: attrToken, kind: kindString, role: computedStable, sensitive: true, description: "The client session token (`seam_cst...`). " +
		"It grants the end user's access to their devices: treat it as a secret."},
	{name: attrWorkspaceID, kind: kindString, role: computedStable, description: "The ID of the workspace the client session belongs to."},
	{name: attrCreatedAt, kind: kindTimestamp, role: computedStable, description: "When the client session was created, in RFC 3339 format."},
	{name: attrExpiresAt, kind: kindTimestamp, role: expiry, description: "When the client session's token expires, in RFC 3339 format."},
	{name: attrDeviceCount, kind: kindInt64, role: computedVarying, description: "How many devices the client session gives access to."},
	{name: attrConnectedAccountIDs, kind: kindIDSet, role: grantable, description: "The IDs of the connected accounts the client session gives access to."},
	{name: attrConnectWebviewIDs, kind: kindIDSet, role: grantable, description: "The IDs of the Connect Webviews the client session gives access to."},
	{name: attrUserIdentityIDs, kind: kindIDSet, role: computedVarying, deprecation: "Seam deprecated user_identity_ids; use user_identity_id.",
		description: "The IDs of the user identities associated with the client session. Deprecated by Seam: use `user_identity_id`."},
	{name: attrUserIdentityID, kind: kindString, role: grantableOnce, description: "The ID of the user identity associated with the client session, or null."},
	{name: attrCustomerKey, kind: kindString, role: replacing, description: "The key of the customer the client session belongs to, or null."},
	{name: attrCustomerID, kind: kindString, role: replacing, description: "The ID of the customer the client session belongs to, or null."},
}

// resourceEffect says, in the resource's docs, what setting or changing the attribute does.
func (a clientSessionAttribute) resourceEffect() string {
	switch a.role {
	case replacing:
		return " Set when the session is created; changing it replaces the session (Seam has no update route). Left out, " +
			"Seam's value (which Seam may fill) is kept and not managed."
	case grantable:
		return " Adding IDs grants them to the session in place (`/client_sessions/grant_access`); removing any replaces " +
			"the session, as Seam cannot take access back. Left out, Seam's value is kept and not managed."
	case grantableOnce:
		return " Setting it where the session has none grants it in place (`/client_sessions/grant_access`); changing it " +
			"replaces the session. Left out, Seam's value is kept and not managed."
	case expiry:
		return " Set it to choose the expiry (a time in the past is refused), or leave it out for Seam's default. Changing it " +
			"to another instant replaces the session; the same instant written another way (an offset for `Z`) is no change, " +
			"and the state keeps the spelling it has. See `renew_before` to replace a session before it expires."
	}
	return ""
}

func lookupKeyValidators() []validator.String {
	return []validator.String{stringvalidator.LengthAtLeast(1)}
}

// idSetType is the element type of every set of IDs.
var idSetType = types.StringType

// timestampType keeps Seam's RFC 3339 strings and compares them as instants.
var timestampType = instant.Type{}
