package connectwebview

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/path"
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
	resp.IdentitySchema = shared.IdentitySchema(attrConnectWebviewID, "Connect Webview")
}

// ImportState takes the Seam ID, from an import ID or an identity; Read fills the rest.
func (r *connectWebviewResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resource.ImportStatePassthroughWithIdentity(ctx, path.Root(attrID), path.Root(attrConnectWebviewID), req, resp)
}

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
	webview, err := client.CreateConnectWebview(ctx, request)
	switch {
	case err != nil && shared.MayHaveReachedSeam(err):
		resp.Diagnostics.Append(shared.MaybeCreatedDiagnostic("Connect Webview", resourceType, attrConnectWebviewID,
			"Creating the Connect Webview", err, "Find it in Seam Console, or with /connect_webviews/list, by its creation time."))
		return
	case err != nil:
		resp.Diagnostics.Append(shared.APIErrorDiagnostic("Creating the Connect Webview", err, r.provider.CredentialSource))
		return
	}
	resp.Diagnostics.Append(plan.fill(ctx, webview)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, attrConnectWebviewID, plan.ID.ValueString())...)
}

func (r *connectWebviewResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state connectWebviewResourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	// Set before anything else: the framework wants an identity even when Read removes the
	// resource (deleted outside Terraform), and Terraform before 1.12 sends none.
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, attrConnectWebviewID, state.ID.ValueString())...)
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	if d := shared.WorkspaceSwitched("Connect Webview", id, state.WorkspaceID.ValueString(), client.Credential(), r.provider.CredentialSource); d != nil {
		resp.Diagnostics.Append(d)
		return
	}
	webview, err := client.GetConnectWebview(ctx, id)
	var notFound *seam.NotFoundError
	switch {
	case errors.As(err, &notFound):
		resp.Diagnostics.Append(shared.GoneWarning("Connect Webview", id, state.WorkspaceID.ValueString(), notFound, r.provider.CredentialSource))
		resp.State.RemoveResource(ctx)
		return
	case err != nil:
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(fmt.Sprintf("Reading Connect Webview %q", id), err, r.provider.CredentialSource))
		return
	}
	resp.Diagnostics.Append(state.fill(ctx, webview)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// Update is never planned: every argument replaces the webview. The framework requires it;
// it keeps the plan, which equals the state.
func (r *connectWebviewResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan connectWebviewResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, attrConnectWebviewID, plan.ID.ValueString())...)
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
	if d := shared.WorkspaceSwitched("Connect Webview", id, state.WorkspaceID.ValueString(), client.Credential(), r.provider.CredentialSource); d != nil {
		resp.Diagnostics.Append(d)
		return
	}
	resp.Diagnostics.Append(shared.DeleteDiagnostics(ctx, client.DeleteConnectWebview(ctx, id), "Connect Webview", attrConnectWebviewID, id, r.provider.CredentialSource)...)
}
