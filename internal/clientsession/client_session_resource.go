package clientsession

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var (
	_ resource.ResourceWithIdentity    = (*clientSessionResource)(nil)
	_ resource.ResourceWithImportState = (*clientSessionResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*clientSessionResource)(nil)
)

type clientSessionResource struct{ shared.ResourceBase }

func NewResource() resource.Resource {
	return &clientSessionResource{shared.ResourceBase{Object: descriptor, Remove: func(ctx context.Context, client *seam.Client, id string) error {
		return client.DeleteClientSession(ctx, id)
	}}}
}

func (r *clientSessionResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	attrs, diags := attributes.ResourceAttributes()
	resp.Diagnostics.Append(diags...)
	resp.Schema = schema.Schema{
		Description: "Creates and manages a Seam client session: Terraform is the source of truth for the sessions it " +
			"hands out. Seam has no update route: additions to `connected_account_ids`, `connect_webview_ids` and " +
			"`user_identity_id` are granted in place (`/client_sessions/grant_access`); any other change replaces the " +
			"session, and so its token. The token is stored in the state, marked sensitive.",
		Attributes: attrs,
	}
}

// Read reads the session back: deleted, or expired and removed, it leaves the state, unless
// the credential now acts in another workspace, which the guard tells apart. Accounts that
// reached the session through its own webviews are recorded as the session working as meant.
func (r *clientSessionResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	ctx, client, found := shared.ReadObject(ctx, &r.ResourceBase, req, resp, getSession)
	if found == nil {
		return
	}
	state := shared.AttrsOf(req.State.Raw)
	id := state.String(attrID)
	if d := mismatchDiagnostic(found, seam.ClientSessionLookup{ClientSessionID: id}, client.Credential(), r.Provider.CredentialSource); d != nil {
		resp.Diagnostics.Append(d)
		return
	}
	known := webviewAccounts(ctx, req.Private)
	via, err := accountsViaOwnWebviews(ctx, client, found, missingFrom(append(state.Strings(attrConnectedAccountIDs), known...), found.ConnectedAccountIDs))
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(fmt.Sprintf("Reading client session %q", id), err, r.Provider.CredentialSource))
		return
	}
	resp.State.Raw = attributes.ResourceValue(keepingCustomerID(found, state), req.State.Raw)
	resp.Diagnostics.Append(recordWebviewAccounts(ctx, resp.Private, known, via, found.ConnectedAccountIDs)...)
	resp.Diagnostics.Append(recordRefresh(ctx, resp.Private, time.Now())...)
}

// Update grants what the plan adds; everything else that changes is planned as a replacement.
func (r *clientSessionResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	plan, state := shared.AttrsOf(req.Plan.Raw), shared.AttrsOf(req.State.Raw)
	grant := grantRequest(state, plan)
	if grant == nil {
		// Only renew_before, or how expires_at is written, changed: nothing to tell Seam.
		values := map[string]tftypes.Value(plan)
		values[attrDeviceCount], values[attrUserIdentityIDs] = state[attrDeviceCount], state[attrUserIdentityIDs]
		resp.State.Raw = tftypes.NewValue(req.Plan.Raw.Type(), values)
		resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, plan.String(attrID))...)
		return
	}
	ctx, client, ok := r.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return
	}
	tflog.Debug(ctx, "Granting access to a Seam client session", map[string]any{attrClientSessionID: grant.ClientSessionID})
	granted, err := client.GrantClientSessionAccess(ctx, *grant)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(fmt.Sprintf("Granting access to client session %q", grant.ClientSessionID),
			err, r.Provider.CredentialSource))
		return
	}
	resp.Diagnostics.Append(r.settle(ctx, client, &resp.State, granted, req.Plan.Raw, webviewAccounts(ctx, req.Private), resp.Private)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, granted.ClientSessionID)...)
}

// settle sets the state from Seam's answer to a create or a grant and the plan, and records
// when, and which of its accounts came through the session's own webviews.
func (r *clientSessionResource) settle(ctx context.Context, client *seam.Client, state *tfsdk.State, s *seam.ClientSession,
	planned tftypes.Value, known []string, private shared.PrivateWriter) (diags diag.Diagnostics) {
	plan := shared.AttrsOf(planned)
	var wanted []string
	if !plan.Unknown(attrConnectedAccountIDs) {
		wanted = plan.Strings(attrConnectedAccountIDs)
	}
	found, err := settleWebviewAccounts(ctx, client, wanted, s, known)
	if err != nil {
		diags.AddWarning("Could not read the session's Connect Webviews",
			fmt.Sprintf("Client session %q was saved, but %s. If the next plan shows connected_account_ids changing, run "+
				"it again once Seam answers.", s.ClientSessionID, err))
	}
	state.Raw = attributes.ResourceValue(keepingCustomerID(s, plan), planned)
	diags.Append(recordWebviewAccounts(ctx, private, known, found, s.ConnectedAccountIDs)...)
	diags.Append(recordRefresh(ctx, private, time.Now())...)
	return diags
}

// keepingCustomerID is s with its customer_id, or the prior's when Seam leaves it out.
func keepingCustomerID(s *seam.ClientSession, prior shared.Attrs) *session {
	v := viewOf(s)
	if v.customerID == nil && !prior.Unknown(attrCustomerID) {
		v.customerID = prior.StringPointer(attrCustomerID)
	}
	return v
}
