package clientsession

import (
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
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
	attrRenewBefore         = "renew_before"
)

// session is Seam's client session as a state holds it: with its customer_id, which Seam's
// OpenAPI does not list among a session's fields (its docs show it, and only create sets it),
// kept by the resource when Seam leaves it out.
type session struct {
	*seam.ClientSession
	customerID *string
}

// viewOf is s with its own customer_id: a data source's, a list's.
func viewOf(s *seam.ClientSession) *session {
	return &session{ClientSession: s, customerID: s.CustomerID}
}

func sessionID(s *session) string { return s.ClientSessionID }

// What a change to each kind of argument does, said once for the attributes that share it.
// Seam has no update route, only grant_access, which adds. Every argument is also Computed:
// left out, it holds what Seam gave the session. A value unknown at plan time replaces, as
// the framework's RequiresReplace does (see client_session_plan_modifiers.go).
const (
	setWhenCreated = "Set when the session is created; changing it replaces the session (Seam has no update route). Left out, " +
		"Seam's value (which Seam may fill) is kept and not managed."
	grantedWhenAdded = "Adding IDs grants them to the session in place (`/client_sessions/grant_access`); removing any replaces " +
		"the session, as Seam cannot take access back. Left out, Seam's value is kept and not managed."
)

var (
	nonEmptyIDs = []validator.Set{setvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1))}
	replaces    = []planmodifier.String{stringplanmodifier.RequiresReplace()}
)

// attributes are the client session's, for the resource, the data source, the ephemeral
// resource, the items of seam_client_sessions and list results.
var attributes = shared.NewTable([]shared.Attr[session]{
	{Name: attrID, Value: shared.String(sessionID), Doc: "The client session's ID, the same as `client_session_id`.", Stable: true},
	{Name: attrClientSessionID, Value: shared.String(sessionID), Seam: "ID of the client session.", Stable: true,
		Lookup: "The ID of the client session to read. Set this or `user_identifier_key`, not both. When the session is looked " +
			"up another way, Seam's value."},
	{Name: attrUserIdentifierKey, Value: shared.OptionalString(func(s *session) *string { return s.UserIdentifierKey }),
		Doc: "The user identifier key that your application gave the client session, such as your own user ID; null when it has none.",
		Arg: shared.OptionalComputed, Manage: setWhenCreated, Validators: shared.NonEmpty, PlanModifiers: replaces,
		Lookup: "The user identifier key that your application gave the client session when it created it, such as your own " +
			"user ID. Set this or `client_session_id`, not both. When the session is looked up by ID, Seam's value, or null when " +
			"the session has none."},
	{Name: attrToken, Value: shared.String(func(s *session) string { return s.Token }),
		Doc:       "The client session token (`seam_cst...`). It grants the end user's access to their devices: treat it as a secret.",
		Sensitive: true, Stable: true},
	{Name: attrWorkspaceID, Value: shared.String(func(s *session) string { return s.WorkspaceID }),
		Seam: "ID of the workspace associated with the client session.", Stable: true},
	{Name: attrCreatedAt, Value: shared.Time(func(s *session) time.Time { return s.CreatedAt }),
		Doc: "When the client session was created, in RFC 3339 format.", Stable: true},
	{Name: attrExpiresAt, Value: shared.Time(func(s *session) time.Time { return s.ExpiresAt }),
		Doc: "When the client session's token expires, in RFC 3339 format.", Arg: shared.OptionalComputed,
		Manage: "Set it to choose the expiry (a time in the past is refused), or leave it out for Seam's default. Changing it to " +
			"another instant replaces the session; the same instant written another way (an offset for `Z`, digits finer than " +
			"Seam keeps) is no change, and the state keeps the spelling it has. See `renew_before` to replace a session before it " +
			"expires.",
		PlanModifiers: []planmodifier.String{instant.SameInstant{ReplaceOtherwise: true}}},
	// Seam changes the count as devices come and go: ModifyPlan keeps it when nothing else changes.
	{Name: attrDeviceCount, Value: shared.Int64(func(s *session) int64 { return int64(s.DeviceCount) }),
		Doc: "How many devices the client session gives access to."},
	{Name: attrConnectedAccountIDs, Value: shared.StringSet(func(s *session) []string { return s.ConnectedAccountIDs }),
		Doc: "The IDs of the connected accounts the client session gives access to.", Arg: shared.OptionalComputed,
		Manage: grantedWhenAdded, Validators: nonEmptyIDs, PlanModifiers: []planmodifier.Set{grantableIDs{ownWebviewAccounts: true}}},
	{Name: attrConnectWebviewIDs, Value: shared.StringSet(func(s *session) []string { return s.ConnectWebviewIDs }),
		Doc: "The IDs of the Connect Webviews the client session gives access to.", Arg: shared.OptionalComputed,
		Manage: grantedWhenAdded, Validators: nonEmptyIDs, PlanModifiers: []planmodifier.Set{grantableIDs{}}},
	// Seam keeps it in step with user_identity_id: ModifyPlan keeps it when nothing else changes.
	{Name: attrUserIdentityIDs, Value: shared.StringSet(func(s *session) []string { return s.UserIdentityIDs }), Scope: shared.NotListed,
		Doc:        "The IDs of the user identities associated with the client session. Deprecated by Seam: use `user_identity_id`.",
		Deprecated: "Seam deprecated user_identity_ids; use user_identity_id."},
	{Name: attrUserIdentityID, Value: shared.OptionalString(func(s *session) *string { return s.UserIdentityID }),
		Doc: "The ID of the user identity associated with the client session, or null.", Arg: shared.OptionalComputed,
		Manage: "Setting it where the session has none grants it in place (`/client_sessions/grant_access`); changing it " +
			"replaces the session. Left out, Seam's value is kept and not managed.",
		Validators: shared.NonEmpty,
		PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplaceIf(replacesASetValue,
			"Setting it where there was none is granted in place; changing it replaces the session.",
			"Setting it where there was none is granted in place; changing it replaces the session.")}},
	{Name: attrCustomerKey, Value: shared.OptionalString(func(s *session) *string { return s.CustomerKey }),
		Doc: "The key of the customer the client session belongs to, or null.", Arg: shared.OptionalComputed, Manage: setWhenCreated,
		Validators: shared.NonEmpty, PlanModifiers: replaces},
	{Name: attrCustomerID, Value: shared.OptionalString(func(s *session) *string { return s.customerID }),
		Doc: "The ID of the customer the client session belongs to, or null.", Arg: shared.OptionalComputed, Manage: setWhenCreated,
		Validators: shared.NonEmpty, PlanModifiers: replaces},
	{Name: attrRenewBefore, Value: shared.Kept[session](shared.StringType), Scope: shared.ResourceOnly, CustomType: shared.DurationType{},
		Doc: "Replace the session when, as of the last refresh of the state, it has this long or less left before it expires: a " +
			"Go duration such as `\"720h\"` (30 days). The plan then shows `expires_at` forcing replacement. Without it, a session " +
			"is replaced once it has expired. Changing it changes nothing at Seam. It must be shorter than the session's " +
			"lifetime, or every plan would replace the session.",
		Arg: shared.Optional, Validators: []validator.String{shared.DurationBetween(0, 0)}},
})
