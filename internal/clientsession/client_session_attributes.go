package clientsession

import (
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

// clientSessionAttribute describes one attribute once, for every read-only schema that has
// it: the data source and the ephemeral resource, and the items of seam_client_sessions.
type clientSessionAttribute struct {
	name        string
	kind        attributeKind
	description string
	// lookup is set for the two lookup keys of the data source and the ephemeral resource,
	// which are arguments there: it says how they are used.
	lookup    string
	sensitive bool
	// deprecation is Seam's own deprecation of the field.
	deprecation string
}

var clientSessionAttributes = []clientSessionAttribute{
	{name: attrID, kind: kindString, description: "The client session's ID, the same as `client_session_id`."},
	{name: attrClientSessionID, kind: kindString, description: "The client session's ID.",
		lookup: "The ID of the client session to read. Set this or `user_identifier_key`, not both. When the session is looked up another way, Seam's value."},
	{name: attrUserIdentifierKey, kind: kindString,
		description: "The user identifier key that your application gave the client session, such as your own user ID; null when it has none.",
		lookup: "The user identifier key that your application gave the client session when it created it, such as your own user ID. " +
			"Set this or `client_session_id`, not both. When the session is looked up by ID, Seam's value, or null when the session has none."},
	{name: attrToken, kind: kindString, sensitive: true, description: "The client session token (`seam_cst...`). " +
		"It grants the end user's access to their devices: treat it as a secret."},
	{name: attrWorkspaceID, kind: kindString, description: "The ID of the workspace the client session belongs to."},
	{name: attrCreatedAt, kind: kindTimestamp, description: "When the client session was created, in RFC 3339 format."},
	{name: attrExpiresAt, kind: kindTimestamp, description: "When the client session's token expires, in RFC 3339 format."},
	{name: attrDeviceCount, kind: kindInt64, description: "How many devices the client session gives access to."},
	{name: attrConnectedAccountIDs, kind: kindIDSet, description: "The IDs of the connected accounts the client session gives access to."},
	{name: attrConnectWebviewIDs, kind: kindIDSet, description: "The IDs of the Connect Webviews the client session gives access to."},
	{name: attrUserIdentityIDs, kind: kindIDSet, deprecation: "Seam deprecated user_identity_ids; use user_identity_id.",
		description: "The IDs of the user identities associated with the client session. Deprecated by Seam: use `user_identity_id`."},
	{name: attrUserIdentityID, kind: kindString, description: "The ID of the user identity associated with the client session, or null."},
	{name: attrCustomerKey, kind: kindString, description: "The key of the customer the client session belongs to, or null."},
	{name: attrCustomerID, kind: kindString, description: "The ID of the customer the client session belongs to, or null."},
}

// idSetType is the element type of every set of IDs.
var idSetType = types.StringType

// timestampType keeps Seam's RFC 3339 strings and compares them as instants.
var timestampType = instant.Type{}
