package webhook

import (
	"context"
	"fmt"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

const resourceType = "seam_webhook"

// privateEveryEvent keys, in private state, the event types Seam answered "*" with when
// Terraform last set it: what the webhook's ["*"] stands for.
const privateEveryEvent = "every_event_types"

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
	resp.IdentitySchema = shared.IdentitySchema(descriptor)
}

// ImportState takes the Seam ID, from an import ID or an identity; Read fills the rest, the
// secret included, and records the workspace it finds the webhook in.
func (r *webhookResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	shared.ImportByID(ctx, descriptor, req, resp)
}

// Create makes the webhook, never two. Seam's webhook has no key and no workspace_id: the
// provider lists the workspace's webhooks first, so that a lost answer can be settled by the
// one new webhook for this url, and records the workspace in private state.
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
	url := plan.URL.ValueString()
	action := fmt.Sprintf("Creating the webhook for %q", url)
	workspace, err := client.Workspace(ctx)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action+": asking Seam for the credential's workspace", err, r.provider.CredentialSource))
		return
	}
	lost := shared.LostCreate[seam.Webhook]{Object: descriptor, Action: action, Source: r.provider.CredentialSource, Get: getWebhook}
	if d := lost.SettleByNewOne(ctx, client, fmt.Sprintf("for %q with the event types asked for", url), listWebhooks, webhookID,
		func(w *seam.Webhook) bool { return w.URL == url && sameEventTypes(eventTypes, w.EventTypes) }); d != nil {
		resp.Diagnostics.Append(d)
		return
	}
	hook, err := client.CreateWebhook(ctx, url, eventTypes)
	if err != nil {
		hook, diags = lost.Settle(ctx, client, err)
		resp.Diagnostics.Append(diags...)
		if hook == nil {
			return
		}
	}
	resp.Diagnostics.Append(shared.RecordWorkspace(ctx, resp.Private, workspace)...)
	resp.Diagnostics.Append(r.save(ctx, &plan, hook, plan.EventTypes, nil, true, resp.Private)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, plan.ID.ValueString())...)
}

// sameEventTypes: Seam's event types are what a create asked for (asked nil or ["*"]: every
// event, whatever list Seam answers it with).
func sameEventTypes(asked, got []string) bool {
	if asked == nil || slices.Equal(asked, []string{everyEvent}) {
		return true
	}
	a, g := slices.Sorted(slices.Values(asked)), slices.Sorted(slices.Values(got))
	return slices.Equal(slices.Compact(a), slices.Compact(g))
}

func (r *webhookResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state webhookModel
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
	guard := r.guard(ctx, client, id, req.Private)
	hook := shared.ReadGuarded(ctx, guard, func(ctx context.Context) (*seam.Webhook, error) { return client.GetWebhook(ctx, id) }, resp)
	if hook == nil {
		return
	}
	if guard.Had == "" {
		// Imported, or made before the provider recorded workspaces: it is in this one.
		workspace, err := client.Workspace(ctx)
		if err != nil {
			resp.Diagnostics.Append(shared.APIErrorDiagnostic(fmt.Sprintf("Reading webhook %q: asking Seam for the credential's workspace", id),
				err, r.provider.CredentialSource))
			return
		}
		resp.Diagnostics.Append(shared.RecordWorkspace(ctx, resp.Private, workspace)...)
	}
	recorded, _ := shared.ReadPrivate[[]string](ctx, req.Private, privateEveryEvent)
	resp.Diagnostics.Append(r.save(ctx, &state, hook, state.EventTypes, recorded, false, resp.Private)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// save fills m from Seam's webhook. The event types stay ["*"] while Seam's list stands for
// every event, when Terraform asked for every event (["*"], or Seam's default) or knows
// nothing yet (an import). When Terraform has just set them (justSet), what Seam answered is
// recorded as what "*" stands for; otherwise recorded is what was.
func (r *webhookResource) save(ctx context.Context, m *webhookModel, hook *seam.Webhook, had types.Set, recorded []string,
	justSet bool, private shared.PrivateWriter) diag.Diagnostics {
	wantsEvery := had.IsNull() || had.IsUnknown() || isEveryEvent(ctx, had)
	if justSet && wantsEvery {
		recorded = hook.EventTypes
	}
	wildcard := wantsEvery && coversEveryEvent(hook.EventTypes, recorded)
	diags := m.fill(ctx, hook, wildcard)
	if justSet && wildcard {
		diags.Append(shared.WritePrivate(ctx, private, privateEveryEvent, recorded)...)
	}
	return diags
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
	// The event types were just set: what Seam answers "*" with now is what it stands for.
	resp.Diagnostics.Append(r.save(ctx, &plan, hook, plan.EventTypes, nil, true, resp.Private)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, id)...)
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
	shared.DeleteGuarded(ctx, r.guard(ctx, client, id, req.Private), func(ctx context.Context) error { return client.DeleteWebhook(ctx, id) }, resp)
}

// guard is the workspace check for the webhook: Seam's webhook names no workspace, so the
// one the provider recorded in private state.
func (r *webhookResource) guard(ctx context.Context, client *seam.Client, id string, private shared.PrivateReader) shared.WorkspaceGuard {
	return shared.WorkspaceGuard{Object: descriptor, ID: id, Had: shared.RecordedWorkspace(ctx, private), Client: client,
		Source: r.provider.CredentialSource}
}

func getWebhook(ctx context.Context, client *seam.Client, id string) (*seam.Webhook, error) {
	return client.GetWebhook(ctx, id)
}

func listWebhooks(ctx context.Context, client *seam.Client) ([]seam.Webhook, error) {
	return client.ListWebhooks(ctx)
}

func webhookID(w *seam.Webhook) string { return w.WebhookID }
