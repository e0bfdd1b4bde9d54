package webhook

import (
	"context"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

const (
	attrID         = "id"
	attrWebhookID  = "webhook_id"
	attrURL        = "url"
	attrEventTypes = "event_types"
	attrSecret     = "secret"
)

// everyEvent is Seam's wildcard for every event type; Seam may answer with the list it stands for.
const everyEvent = "*"

// webhookModel is a webhook's attributes: the resource's state and the data source's.
type webhookModel struct {
	ID         types.String `tfsdk:"id"`
	WebhookID  types.String `tfsdk:"webhook_id"`
	URL        types.String `tfsdk:"url"`
	EventTypes types.Set    `tfsdk:"event_types"`
	Secret     types.String `tfsdk:"secret"`
}

// fill sets every attribute from w: the one mapping from the API to Terraform. Event types
// that were ["*"] stay so: Seam answers the wildcard with the list of every event type.
func (m *webhookModel) fill(ctx context.Context, w *seam.Webhook) diag.Diagnostics {
	var diags diag.Diagnostics
	m.ID = types.StringValue(w.WebhookID)
	m.WebhookID = types.StringValue(w.WebhookID)
	m.URL = types.StringValue(w.URL)
	m.Secret = types.StringPointerValue(w.Secret)
	if isEveryEvent(ctx, m.EventTypes) {
		return diags
	}
	eventTypes := w.EventTypes
	if eventTypes == nil {
		eventTypes = []string{}
	}
	m.EventTypes, diags = types.SetValueFrom(ctx, types.StringType, eventTypes)
	return diags
}

func isEveryEvent(ctx context.Context, s types.Set) bool {
	var values []string
	if s.IsNull() || s.IsUnknown() || s.ElementsAs(ctx, &values, false).HasError() {
		return false
	}
	return slices.Equal(values, []string{everyEvent})
}

// eventTypes are the configured event types, or nil for Seam's default.
func (m *webhookModel) eventTypes(ctx context.Context) ([]string, diag.Diagnostics) {
	var out []string
	if m.EventTypes.IsNull() || m.EventTypes.IsUnknown() {
		return nil, nil
	}
	diags := m.EventTypes.ElementsAs(ctx, &out, false)
	return out, diags
}
