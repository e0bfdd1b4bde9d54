package clientsession

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

const attrRenewBefore = "renew_before"

// resourceType is the client session's type name, for messages.
const resourceType = "seam_client_session"

var (
	_ resource.ResourceWithConfigure   = (*clientSessionResource)(nil)
	_ resource.ResourceWithImportState = (*clientSessionResource)(nil)
	_ resource.ResourceWithIdentity    = (*clientSessionResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*clientSessionResource)(nil)
)

// clientSessionResourceModel is the resource's state: the session, and when to renew it.
type clientSessionResourceModel struct {
	clientSessionModel
	RenewBefore shared.Duration `tfsdk:"renew_before"`
}

type clientSessionResource struct {
	provider *shared.ProviderData
}

func NewResource() resource.Resource { return &clientSessionResource{} }

func (r *clientSessionResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_client_session"
}

func (r *clientSessionResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	r.provider = pd
}

// IdentitySchema is the resource identity (Terraform 1.12+): the client session's Seam ID.
func (r *clientSessionResource) IdentitySchema(_ context.Context, _ resource.IdentitySchemaRequest, resp *resource.IdentitySchemaResponse) {
	resp.IdentitySchema = shared.IdentitySchema(descriptor)
}

// ImportState takes the Seam ID, from an import ID or an identity; Read fills the rest.
func (r *clientSessionResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	shared.ImportByID(ctx, descriptor, req, resp)
}

func (r *clientSessionResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state clientSessionResourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	// Set before anything else: the framework wants an identity even when Read removes the
	// resource (deleted outside Terraform), and Terraform before 1.12 sends none.
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, state.ID.ValueString())...)
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	// Deleted, or expired and removed; or the credential acts in another workspace, which the
	// guard tells apart.
	session := shared.ReadGuarded(ctx, r.guard(client, state.clientSessionModel), func(ctx context.Context) (*seam.ClientSession, error) {
		return client.GetClientSession(ctx, seam.ClientSessionLookup{ClientSessionID: id})
	}, resp)
	if session == nil {
		return
	}
	if d := mismatchDiagnostic(session, seam.ClientSessionLookup{ClientSessionID: id}, client.Credential(), r.provider.CredentialSource); d != nil {
		resp.Diagnostics.Append(d)
		return
	}
	prior, _ := knownIDs(ctx, state.ConnectedAccountIDs)
	known := webviewAccounts(ctx, req.Private)
	via, err := accountsViaOwnWebviews(ctx, client, session, missingFrom(append(prior, known...), session.ConnectedAccountIDs))
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(fmt.Sprintf("Reading client session %q", id), err, r.provider.CredentialSource))
		return
	}
	resp.Diagnostics.Append(state.fillKeeping(ctx, session)...)
	resp.Diagnostics.Append(recordWebviewAccounts(ctx, resp.Private, known, via, session.ConnectedAccountIDs)...)
	resp.Diagnostics.Append(recordRefresh(ctx, resp.Private, time.Now())...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// guard is the workspace check for the session in the state, which records Seam's workspace_id.
func (r *clientSessionResource) guard(client *seam.Client, state clientSessionModel) shared.WorkspaceGuard {
	return shared.WorkspaceGuard{Object: descriptor, ID: state.ID.ValueString(), Had: state.WorkspaceID.ValueString(), Client: client,
		Source: r.provider.CredentialSource}
}

// Update grants what the plan adds; everything else that changes is planned as a replacement.
func (r *clientSessionResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state clientSessionResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	grant, diags := grantRequest(ctx, state.clientSessionModel, plan.clientSessionModel)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	if grant == nil {
		// Only renew_before, or how expires_at is written, changed: nothing to tell Seam.
		plan.DeviceCount, plan.UserIdentityIDs = state.DeviceCount, state.UserIdentityIDs
		resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
		resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, plan.ID.ValueString())...)
		return
	}
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	tflog.Debug(ctx, "Granting access to a Seam client session", map[string]any{attrClientSessionID: grant.ClientSessionID})
	session, err := client.GrantClientSessionAccess(ctx, *grant)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(fmt.Sprintf("Granting access to client session %q", grant.ClientSessionID),
			err, r.provider.CredentialSource))
		return
	}
	resp.Diagnostics.Append(r.settle(ctx, client, &plan, session, webviewAccounts(ctx, req.Private), resp.Private)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, plan.ID.ValueString())...)
}

// settle fills the state from Seam's answer to a create or a grant, and records when, and
// which of its accounts came through the session's own webviews.
func (r *clientSessionResource) settle(ctx context.Context, client *seam.Client, plan *clientSessionResourceModel,
	session *seam.ClientSession, known []string, private privateState) (diags diag.Diagnostics) {
	found, err := settleWebviewAccounts(ctx, client, plan.ConnectedAccountIDs, session, known)
	if err != nil {
		diags.AddWarning("Could not read the session's Connect Webviews",
			fmt.Sprintf("Client session %q was saved, but %s. If the next plan shows connected_account_ids changing, run "+
				"it again once Seam answers.", session.ClientSessionID, err))
	}
	diags.Append(plan.fillKeeping(ctx, session)...)
	diags.Append(recordWebviewAccounts(ctx, private, known, found, session.ConnectedAccountIDs)...)
	diags.Append(recordRefresh(ctx, private, time.Now())...)
	return diags
}

func (r *clientSessionResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state clientSessionResourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	shared.DeleteGuarded(ctx, r.guard(client, state.clientSessionModel), func(ctx context.Context) error { return client.DeleteClientSession(ctx, id) }, resp)
}

// fillKeeping fills m from s, but keeps customer_id when Seam leaves it out: Seam's OpenAPI
// does not list it among a session's fields, while its docs show it, and only create sets it.
func (m *clientSessionResourceModel) fillKeeping(ctx context.Context, s *seam.ClientSession) (diags diag.Diagnostics) {
	customerID := m.CustomerID
	diags = m.fill(ctx, s)
	if s.CustomerID == nil && !customerID.IsUnknown() {
		m.CustomerID = customerID
	}
	return diags
}
