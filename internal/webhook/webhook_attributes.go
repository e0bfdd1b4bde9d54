package webhook

import (
	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

const (
	attrID         = "id"
	attrWebhookID  = "webhook_id"
	attrURL        = "url"
	attrEventTypes = "event_types"
	attrSecret     = "secret"
)

// webhook is Seam's webhook as a state holds it: its event types as Terraform set them (["*"]
// while Seam's list stands for every event), and its secret (the state's, when Seam leaves it
// out of an answer).
type webhook struct {
	*seam.Webhook
	eventTypes []string
	secret     *string
}

func webhookID(w *webhook) string { return w.WebhookID }

// attributes are the webhook's, for the resource, the data source and list results.
var attributes = shared.NewTable([]shared.Attr[webhook]{
	{Name: attrID, Value: shared.String(webhookID), Doc: "The webhook's ID, the same as `webhook_id`.", Stable: true},
	{Name: attrWebhookID, Value: shared.String(webhookID), Seam: "ID of the webhook.", Stable: true,
		Lookup: "The ID of the webhook to read."},
	{Name: attrURL, Value: shared.String(func(w *webhook) string { return w.URL }),
		Seam: "URL for the [webhook](https://docs.seam.co/developer-tools/webhooks).",
		Doc:  "The endpoint Seam posts events to: https, or plain `http` only to `localhost`, for a local receiver.",
		Arg:  shared.Required, Manage: "Changing it replaces the webhook (Seam cannot move one), and so its `secret`.",
		Validators: []validator.String{webhookURL{}}, PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}},
	{Name: attrEventTypes, Value: shared.StringSet(func(w *webhook) []string { return w.eventTypes }),
		Seam: "Types of events that the [webhook](https://docs.seam.co/developer-tools/webhooks) should receive.",
		Doc:  "For example `connected_account.disconnected`; `[\"*\"]` is every event.",
		Arg:  shared.OptionalComputed,
		Manage: "`[\"*\"]` stays as written while Seam's list holds every event type it stood for when set (Seam answers the " +
			"wildcard with that list, and adds new types over time); a list narrowed outside Terraform shows as a change back. " +
			"Changing it updates the webhook in place (`/webhooks/update`). Left out, Seam's default (every event) is kept, as " +
			"`[\"*\"]`, and not managed.",
		Validators: []validator.Set{setvalidator.SizeAtLeast(1), setvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1))}},
	{Name: attrSecret, Value: shared.OptionalString(func(w *webhook) *string { return w.secret }),
		Seam: "Secret associated with the [webhook](https://docs.seam.co/developer-tools/webhooks).",
		Doc: "It signs the events Seam sends: verify each with it. Stored in the state, marked sensitive; kept when Seam leaves " +
			"it out of an answer. Never in list results.",
		Sensitive: true, Stable: true},
})
