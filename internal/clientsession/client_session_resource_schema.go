package clientsession

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// What a change to each kind of argument does, said once for the attributes that share it.
// Seam has no update route, only grant_access, which adds. Every argument is also Computed:
// left out, it holds what Seam gave the session. A value unknown at plan time replaces, as
// the framework's RequiresReplace does (see client_session_plan_modifiers.go).
const (
	setWhenCreated = " Set when the session is created; changing it replaces the session (Seam has no update route). Left out, " +
		"Seam's value (which Seam may fill) is kept and not managed."
	grantedWhenAdded = " Adding IDs grants them to the session in place (`/client_sessions/grant_access`); removing any replaces " +
		"the session, as Seam cannot take access back. Left out, Seam's value is kept and not managed."
)

// nonEmpty refuses the empty strings that Seam's OpenAPI refuses (minLength 1).
var (
	nonEmpty    = []validator.String{stringvalidator.LengthAtLeast(1)}
	nonEmptyIDs = []validator.Set{setvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1))}
)

func (r *clientSessionResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	stable := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	replaces := []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		Description: "Creates and manages a Seam client session: Terraform is the source of truth for the sessions it " +
			"hands out. Seam has no update route: additions to `connected_account_ids`, `connect_webview_ids` and " +
			"`user_identity_id` are granted in place (`/client_sessions/grant_access`); any other change replaces the " +
			"session, and so its token. The token is stored in the state, marked sensitive.",
		Attributes: map[string]schema.Attribute{
			attrID: schema.StringAttribute{
				Description: "The client session's ID, the same as `client_session_id`.",
				Computed:    true, PlanModifiers: stable,
			},
			attrClientSessionID: schema.StringAttribute{
				Description: "The client session's ID.",
				Computed:    true, PlanModifiers: stable,
			},
			attrUserIdentifierKey: schema.StringAttribute{
				Description: "The user identifier key that your application gave the client session, such as your own user ID; " +
					"null when it has none." + setWhenCreated,
				Optional: true, Computed: true, Validators: nonEmpty, PlanModifiers: replaces,
			},
			attrToken: schema.StringAttribute{
				Description: "The client session token (`seam_cst...`). It grants the end user's access to their devices: treat it as a secret.",
				Computed:    true, Sensitive: true, PlanModifiers: stable,
			},
			attrWorkspaceID: schema.StringAttribute{
				Description: "The ID of the workspace the client session belongs to.",
				Computed:    true, PlanModifiers: stable,
			},
			attrCreatedAt: schema.StringAttribute{
				Description: "When the client session was created, in RFC 3339 format.",
				CustomType:  timestampType, Computed: true, PlanModifiers: stable,
			},
			attrExpiresAt: schema.StringAttribute{
				Description: "When the client session's token expires, in RFC 3339 format. Set it to choose the expiry (a time in " +
					"the past is refused), or leave it out for Seam's default. Changing it to another instant replaces the session; " +
					"the same instant written another way (an offset for `Z`) is no change, and the state keeps the spelling it " +
					"has. See `renew_before` to replace a session before it expires.",
				CustomType: timestampType, Optional: true, Computed: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown(), instant.SameInstant{ReplaceOtherwise: true}},
			},
			// Seam changes the count as devices come and go: ModifyPlan keeps it when nothing else changes.
			attrDeviceCount: schema.Int64Attribute{
				Description: "How many devices the client session gives access to.",
				Computed:    true,
			},
			attrConnectedAccountIDs: schema.SetAttribute{
				Description: "The IDs of the connected accounts the client session gives access to." + grantedWhenAdded,
				ElementType: idSetType, Optional: true, Computed: true, Validators: nonEmptyIDs,
				PlanModifiers: []planmodifier.Set{setplanmodifier.UseStateForUnknown(), grantableIDs{ownWebviewAccounts: true}},
			},
			attrConnectWebviewIDs: schema.SetAttribute{
				Description: "The IDs of the Connect Webviews the client session gives access to." + grantedWhenAdded,
				ElementType: idSetType, Optional: true, Computed: true, Validators: nonEmptyIDs,
				PlanModifiers: []planmodifier.Set{setplanmodifier.UseStateForUnknown(), grantableIDs{}},
			},
			// Seam keeps it in step with user_identity_id: ModifyPlan keeps it when nothing else changes.
			attrUserIdentityIDs: schema.SetAttribute{
				Description:        "The IDs of the user identities associated with the client session. Deprecated by Seam: use `user_identity_id`.",
				DeprecationMessage: "Seam deprecated user_identity_ids; use user_identity_id.",
				ElementType:        idSetType, Computed: true,
			},
			attrUserIdentityID: schema.StringAttribute{
				Description: "The ID of the user identity associated with the client session, or null. Setting it where the " +
					"session has none grants it in place (`/client_sessions/grant_access`); changing it replaces the session. " +
					"Left out, Seam's value is kept and not managed.",
				Optional: true, Computed: true, Validators: nonEmpty,
				PlanModifiers: []planmodifier.String{
					stringplanmodifier.UseStateForUnknown(),
					stringplanmodifier.RequiresReplaceIf(replacesASetValue,
						"Setting it where there was none is granted in place; changing it replaces the session.",
						"Setting it where there was none is granted in place; changing it replaces the session."),
				},
			},
			attrCustomerKey: schema.StringAttribute{
				Description: "The key of the customer the client session belongs to, or null." + setWhenCreated,
				Optional:    true, Computed: true, Validators: nonEmpty, PlanModifiers: replaces,
			},
			attrCustomerID: schema.StringAttribute{
				Description: "The ID of the customer the client session belongs to, or null." + setWhenCreated,
				Optional:    true, Computed: true, Validators: nonEmpty, PlanModifiers: replaces,
			},
			attrRenewBefore: schema.StringAttribute{
				Description: "Replace the session when, as of the last refresh of the state, it has this long or less left before " +
					"it expires: a Go duration such as `\"720h\"` (30 days). The plan then shows `expires_at` forcing replacement. " +
					"Without it, a session is replaced once it has expired. Changing it changes nothing at Seam. It must be shorter " +
					"than the session's lifetime, or every plan would replace the session.",
				CustomType: shared.DurationType{}, Optional: true, Validators: []validator.String{shared.DurationBetween(0, 0)},
			},
		},
	}
}
