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

// everyEvent is Seam's wildcard for every event type; Seam answers it with the list it stands for.
const everyEvent = "*"

// webhookModel is a webhook's attributes: the resource's state and the data source's.
type webhookModel struct {
	ID         types.String `tfsdk:"id"`
	WebhookID  types.String `tfsdk:"webhook_id"`
	URL        types.String `tfsdk:"url"`
	EventTypes types.Set    `tfsdk:"event_types"`
	Secret     types.String `tfsdk:"secret"`
}

// fill sets every attribute from w: the one mapping from the API to Terraform. The event
// types are ["*"] when asWildcard says Seam's list stands for it. The secret is kept when
// Seam leaves it out: Seam's schema marks it optional, and the one Terraform has still signs.
func (m *webhookModel) fill(ctx context.Context, w *seam.Webhook, asWildcard bool) diag.Diagnostics {
	var diags diag.Diagnostics
	m.ID = types.StringValue(w.WebhookID)
	m.WebhookID = types.StringValue(w.WebhookID)
	m.URL = types.StringValue(w.URL)
	if w.Secret != nil || m.Secret.IsUnknown() {
		m.Secret = types.StringPointerValue(w.Secret)
	}
	eventTypes := w.EventTypes
	switch {
	case asWildcard:
		eventTypes = []string{everyEvent}
	case eventTypes == nil:
		eventTypes = []string{}
	}
	m.EventTypes, diags = types.SetValueFrom(ctx, types.StringType, eventTypes)
	return diags
}

// isEveryEvent reports whether s is ["*"].
func isEveryEvent(ctx context.Context, s types.Set) bool {
	var values []string
	if s.IsNull() || s.IsUnknown() || s.ElementsAs(ctx, &values, false).HasError() {
		return false
	}
	return slices.Equal(values, []string{everyEvent})
}

// coversEveryEvent reports whether Seam's event types stand for "*": the wildcard itself, or
// every type that "*" stood for when Terraform set it (recorded), or, with nothing recorded
// (an import), every event type of Seam's API as the client knows it. Seam adds event types
// over time, so more is still every event; fewer is a list narrowed outside Terraform.
func coversEveryEvent(got, recorded []string) bool {
	if slices.Contains(got, everyEvent) {
		return true
	}
	if recorded == nil {
		recorded = seam.EventTypes
	}
	for _, e := range recorded {
		if !slices.Contains(got, e) {
			return false
		}
	}
	return true
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
