package webhook

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

const resourceType = "seam_webhook"

var (
	_ resource.ResourceWithConfigure   = (*webhookResource)(nil)
	_ resource.ResourceWithImportState = (*webhookResource)(nil)
	_ resource.ResourceWithIdentity    = (*webhookResource)(nil)
)

type webhookResource struct {
	provider *shared.ProviderData
}

func NewResource() resource.Resource { return &webhookResource{} }

func (r *webhookResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_webhook"
}

func (r *webhookResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	r.provider = pd
}

// IdentitySchema is the resource identity (Terraform 1.12+): the webhook's Seam ID.
func (r *webhookResource) IdentitySchema(_ context.Context, _ resource.IdentitySchemaRequest, resp *resource.IdentitySchemaResponse) {
	resp.IdentitySchema = shared.IdentitySchema(attrWebhookID, "webhook")
}

// ImportState takes the Seam ID, from an import ID or an identity; Read fills the rest, the
// secret included.
func (r *webhookResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resource.ImportStatePassthroughWithIdentity(ctx, path.Root(attrID), path.Root(attrWebhookID), req, resp)
}

func (r *webhookResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan webhookModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	eventTypes, diags := plan.eventTypes(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	action := fmt.Sprintf("Creating the webhook for %s", plan.URL.ValueString())
	hook, err := client.CreateWebhook(ctx, plan.URL.ValueString(), eventTypes)
	switch {
	case err != nil && shared.MayHaveReachedSeam(err):
		resp.Diagnostics.Append(shared.MaybeCreatedDiagnostic("webhook", resourceType, attrWebhookID, action, err,
			"Find it in Seam Console, or with /webhooks/list, by its url."))
		return
	case err != nil:
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action, err, r.provider.CredentialSource))
		return
	}
	resp.Diagnostics.Append(plan.fill(ctx, hook)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, attrWebhookID, plan.ID.ValueString())...)
}

func (r *webhookResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state webhookModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	// Set before anything else: the framework wants an identity even when Read removes the
	// resource (deleted outside Terraform), and Terraform before 1.12 sends none.
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, attrWebhookID, state.ID.ValueString())...)
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	hook, err := client.GetWebhook(ctx, id)
	var notFound *seam.NotFoundError
	switch {
	case errors.As(err, &notFound):
		resp.Diagnostics.Append(shared.GoneWarning("webhook", id, "", notFound, r.provider.CredentialSource))
		resp.State.RemoveResource(ctx)
		return
	case err != nil:
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(fmt.Sprintf("Reading webhook %q", id), err, r.provider.CredentialSource))
		return
	}
	resp.Diagnostics.Append(state.fill(ctx, hook)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// Update sets the event types, the one thing Seam updates, then reads the webhook back:
// Seam's update answers with no object.
func (r *webhookResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan webhookModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	eventTypes, diags := plan.eventTypes(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := plan.ID.ValueString()
	action := fmt.Sprintf("Updating the event types of webhook %q", id)
	if err := client.UpdateWebhook(ctx, id, eventTypes); err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action, err, r.provider.CredentialSource))
		return
	}
	hook, err := client.GetWebhook(ctx, id)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action+": reading it back", err, r.provider.CredentialSource))
		return
	}
	resp.Diagnostics.Append(plan.fill(ctx, hook)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, attrWebhookID, plan.ID.ValueString())...)
}

func (r *webhookResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state webhookModel
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
	resp.Diagnostics.Append(shared.DeleteDiagnostics(ctx, client.DeleteWebhook(ctx, id), "webhook", attrWebhookID, id, r.provider.CredentialSource)...)
}
