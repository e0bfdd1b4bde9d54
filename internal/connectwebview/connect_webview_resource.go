package connectwebview

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

const resourceType = "seam_connect_webview"

var (
	_ resource.ResourceWithConfigure   = (*connectWebviewResource)(nil)
	_ resource.ResourceWithImportState = (*connectWebviewResource)(nil)
	_ resource.ResourceWithIdentity    = (*connectWebviewResource)(nil)
)

type connectWebviewResource struct {
	provider *shared.ProviderData
}

func NewResource() resource.Resource { return &connectWebviewResource{} }

func (r *connectWebviewResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_connect_webview"
}

func (r *connectWebviewResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	r.provider = pd
}

// IdentitySchema is the resource identity (Terraform 1.12+): the Connect Webview's Seam ID.
func (r *connectWebviewResource) IdentitySchema(_ context.Context, _ resource.IdentitySchemaRequest, resp *resource.IdentitySchemaResponse) {
	resp.IdentitySchema = shared.IdentitySchema(descriptor)
}

// ImportState takes the Seam ID, from an import ID or an identity; Read fills the rest.
func (r *connectWebviewResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	shared.ImportByID(ctx, descriptor, req, resp)
}

// Create makes the webview, never two. A webview has no key: the provider lists the
// workspace's webviews first, so that a lost answer is settled by the one new webview that
// matches the request.
func (r *connectWebviewResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan connectWebviewResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	request, diags := plan.createRequest(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	lost := shared.LostCreate[seam.ConnectWebview]{Object: descriptor, Action: "Creating the Connect Webview",
		Source: r.provider.CredentialSource, Get: getWebview}
	if d := lost.SettleByNewOne(ctx, client, "with the arguments asked for", listWebviews, webviewID, madeBy(request)); d != nil {
		resp.Diagnostics.Append(d)
		return
	}
	webview, err := client.CreateConnectWebview(ctx, request)
	if err != nil {
		webview, diags = lost.Settle(ctx, client, err)
		resp.Diagnostics.Append(diags...)
		if webview == nil {
			return
		}
	}
	created := choicesOf(webview)
	resp.Diagnostics.Append(plan.fillKeeping(ctx, webview, &created)...)
	resp.Diagnostics.Append(recordCreated(ctx, resp.Private, created)...)
	resp.Diagnostics.Append(shared.RecordArguments(ctx, resp.Private)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, plan.ID.ValueString())...)
}

func (r *connectWebviewResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state connectWebviewResourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	// Set before anything else: the framework wants an identity even when Read removes the
	// resource (deleted outside Terraform), and Terraform before 1.12 sends none.
	id := state.ID.ValueString()
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, id)...)
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	webview := shared.ReadGuarded(ctx, r.guard(client, state), func(ctx context.Context) (*seam.ConnectWebview, error) { return client.GetConnectWebview(ctx, id) }, resp)
	if webview == nil {
		return
	}
	resp.Diagnostics.Append(state.fillKeeping(ctx, webview, createdChoices(ctx, req.Private))...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// Update is planned only to take provider_category or excluded_providers into the state of
// a webview the provider did not make (an import): every other change replaces the webview,
// which Seam cannot update. It keeps the plan, and from then on knows those arguments.
func (r *connectWebviewResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan connectWebviewResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(shared.RecordArguments(ctx, resp.Private)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, plan.ID.ValueString())...)
}

func (r *connectWebviewResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state connectWebviewResourceModel
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
	shared.DeleteGuarded(ctx, r.guard(client, state), func(ctx context.Context) error { return client.DeleteConnectWebview(ctx, id) }, resp)
}

// guard is the workspace check for the webview in the state, which records Seam's workspace_id.
func (r *connectWebviewResource) guard(client *seam.Client, state connectWebviewResourceModel) shared.WorkspaceGuard {
	return shared.WorkspaceGuard{Object: descriptor, ID: state.ID.ValueString(), Had: state.WorkspaceID.ValueString(), Client: client,
		Source: r.provider.CredentialSource}
}

func getWebview(ctx context.Context, client *seam.Client, id string) (*seam.ConnectWebview, error) {
	return client.GetConnectWebview(ctx, id)
}

func listWebviews(ctx context.Context, client *seam.Client) ([]seam.ConnectWebview, error) {
	return client.ListConnectWebviews(ctx, seam.ConnectWebviewFilter{})
}

func webviewID(w *seam.ConnectWebview) string { return w.ConnectWebviewID }
