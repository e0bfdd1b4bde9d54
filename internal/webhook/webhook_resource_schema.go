package webhook

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
	"github.com/hashicorp/terraform-plugin-framework/types"
)

func (r *webhookResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	stable := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	resp.Schema = schema.Schema{
		Description: "Creates and manages a Seam webhook: where Seam sends the workspace's events (accounts connected, " +
			"disconnected or needing re-authorisation, devices, locks…). `event_types` is updated in place " +
			"(`/webhooks/update`); a new `url` replaces the webhook, and so its `secret`.",
		Attributes: map[string]schema.Attribute{
			attrID: schema.StringAttribute{
				Description: "The webhook's ID, the same as `webhook_id`.", Computed: true, PlanModifiers: stable,
			},
			attrWebhookID: schema.StringAttribute{
				Description: "The webhook's ID.", Computed: true, PlanModifiers: stable,
			},
			attrURL: schema.StringAttribute{
				Description: "The HTTPS endpoint Seam posts events to (plain `http` only to `localhost`, for a local receiver). " +
					"Changing it replaces the webhook (Seam cannot move one).",
				Required:      true,
				Validators:    []validator.String{webhookURL{}},
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			attrEventTypes: schema.SetAttribute{
				Description: "The event types to receive, such as `connected_account.disconnected`, or `[\"*\"]` for every " +
					"event. `[\"*\"]` stays as written while Seam's list holds every event type it stood for when set (Seam answers " +
					"the wildcard with that list, and adds new types over time); a list narrowed outside Terraform shows as a " +
					"change back. Changing it updates the webhook in place (`/webhooks/update`). Left out, Seam's default (every " +
					"event) is kept, as `[\"*\"]`, and not managed.",
				ElementType: types.StringType, Optional: true, Computed: true,
				Validators: []validator.Set{
					setvalidator.SizeAtLeast(1),
					setvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1)),
				},
				PlanModifiers: []planmodifier.Set{setplanmodifier.UseStateForUnknown()},
			},
			attrSecret: schema.StringAttribute{
				Description: "The secret that signs the events Seam sends (verify each with it). Stored in the state, marked " +
					"sensitive; kept when Seam leaves it out of an answer.",
				Computed: true, Sensitive: true, PlanModifiers: stable,
			},
		},
	}
}
