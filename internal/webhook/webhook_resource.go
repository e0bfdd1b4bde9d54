package webhook

import (
	"context"
	"fmt"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// privateEveryEvent keys, in private state, the event types Seam answered "*" with when
// Terraform last set it: what the webhook's ["*"] stands for.
const privateEveryEvent = "every_event_types"

var (
	_ resource.ResourceWithIdentity    = (*webhookResource)(nil)
	_ resource.ResourceWithImportState = (*webhookResource)(nil)
)

type webhookResource struct{ shared.ResourceBase }

func NewResource() resource.Resource {
	return &webhookResource{shared.ResourceBase{Object: descriptor,
		Remove: func(ctx context.Context, client *seam.Client, id string) error { return client.DeleteWebhook(ctx, id) }}}
}

func (r *webhookResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	attrs, diags := attributes.ResourceAttributes()
	resp.Diagnostics.Append(diags...)
	resp.Schema = schema.Schema{
		Description: "Creates and manages a Seam webhook: where Seam sends the workspace's events (accounts connected, " +
			"disconnected or needing re-authorisation, devices, locks…). `event_types` is updated in place " +
			"(`/webhooks/update`); a new `url` replaces the webhook, and so its `secret`.",
		Attributes: attrs,
	}
}

// Create makes the webhook, never two. Seam's webhook has no key and no workspace_id: the
// provider lists the workspace's webhooks first, so that a lost answer can be settled by the
// one new webhook for this url, and records the workspace in private state.
func (r *webhookResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	plan := shared.AttrsOf(req.Plan.Raw)
	ctx, client, diags := r.Provider.Seam(ctx, descriptor.TypeName)
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	url, eventTypes := plan.String(attrURL), plan.Strings(attrEventTypes)
	action := fmt.Sprintf("Creating the webhook for %q", url)
	workspace, err := client.Workspace(ctx)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action+": asking Seam for the credential's workspace", err, r.Provider.CredentialSource))
		return
	}
	lost := shared.LostCreate[seam.Webhook]{Object: descriptor, Action: action, Source: r.Provider.CredentialSource, Get: getWebhook}
	if d := lost.SettleByNewOne(ctx, client, fmt.Sprintf("for %q with the event types asked for", url), listWebhooks,
		func(w *seam.Webhook) string { return w.WebhookID },
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
	resp.Diagnostics.Append(save(ctx, &resp.State, hook, plan, nil, resp.Private)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, hook.WebhookID)...)
}

func (r *webhookResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	state := shared.AttrsOf(req.State.Raw)
	// Set before anything else: the framework wants an identity even when Read removes the
	// resource (deleted outside Terraform), and Terraform before 1.12 sends none.
	id := state.String(attrID)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, id)...)
	ctx, client, diags := r.Provider.Seam(ctx, descriptor.TypeName)
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	guard := r.Guard(ctx, client, state, req.Private)
	hook := shared.ReadGuarded(ctx, guard, func(ctx context.Context) (*seam.Webhook, error) { return client.GetWebhook(ctx, id) }, resp)
	if hook == nil {
		return
	}
	diags = shared.RecordFoundWorkspace(ctx, client, req.Private, resp.Private, descriptor.Noun, id, r.Provider.CredentialSource)
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	recorded, _ := shared.ReadPrivate[[]string](ctx, req.Private, privateEveryEvent)
	resp.Diagnostics.Append(save(ctx, &resp.State, hook, state, recorded, nil)...)
}

// Update sets the event types, the one thing Seam updates, then reads the webhook back:
// Seam's update answers with no object.
func (r *webhookResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	plan := shared.AttrsOf(req.Plan.Raw)
	ctx, client, diags := r.Provider.Seam(ctx, descriptor.TypeName)
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	id := plan.String(attrID)
	action := fmt.Sprintf("Updating the event types of webhook %q", id)
	if err := client.UpdateWebhook(ctx, id, plan.Strings(attrEventTypes)); err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action, err, r.Provider.CredentialSource))
		return
	}
	hook, err := client.GetWebhook(ctx, id)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action+": reading it back", err, r.Provider.CredentialSource))
		return
	}
	// The event types were just set: what Seam answers "*" with now is what it stands for.
	resp.Diagnostics.Append(save(ctx, &resp.State, hook, plan, nil, resp.Private)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, id)...)
}

// save sets the state from Seam's webhook and the prior plan or state. When Terraform has
// just set the event types (setting, the private state to record in), what Seam answered
// "*" with is recorded as what it stands for; otherwise recorded is what was.
func save(ctx context.Context, state *tfsdk.State, hook *seam.Webhook, prior shared.Attrs, recorded []string,
	setting shared.PrivateWriter) diag.Diagnostics {
	had := prior.Strings(attrEventTypes)
	if setting != nil && (had == nil || slices.Equal(had, []string{everyEvent})) {
		recorded = hook.EventTypes
	}
	view := webhook{Webhook: hook, eventTypes: stateEventTypes(had, recorded, hook.EventTypes), secret: hook.Secret}
	if view.secret == nil && !prior.Unknown(attrSecret) {
		view.secret = prior.StringPointer(attrSecret)
	}
	state.Raw = attributes.ResourceValue(&view, state.Raw)
	if setting != nil && slices.Equal(view.eventTypes, []string{everyEvent}) {
		return shared.WritePrivate(ctx, setting, privateEveryEvent, recorded)
	}
	return nil
}

func getWebhook(ctx context.Context, client *seam.Client, id string) (*seam.Webhook, error) {
	return client.GetWebhook(ctx, id)
}

func listWebhooks(ctx context.Context, client *seam.Client) ([]seam.Webhook, error) {
	return client.ListWebhooks(ctx)
}
