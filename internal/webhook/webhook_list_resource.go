package webhook

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/list"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewListResource finds the workspace's webhooks for `terraform query`, each with ["*"] when
// its list stands for every event, as an import reads it, so that generated configuration
// plans no change.
func NewListResource() list.ListResource {
	return &shared.ListResource[webhook]{
		ResourceBase: shared.ResourceBase{Object: descriptor},
		Doc: "Finds the workspace's webhooks for `terraform query`, to adopt with import blocks. The secret is never in the " +
			"results: `terraform query -json` prints them in clear; it is read once the webhook is imported.",
		Table: attributes, ID: webhookID, Display: func(w *webhook) string { return w.URL },
		Find: func(ctx context.Context, client *seam.Client, _ shared.Attrs, _ bool) ([]webhook, error) {
			hooks, err := client.ListWebhooks(ctx)
			out := make([]webhook, len(hooks))
			for i := range hooks {
				out[i] = webhook{Webhook: &hooks[i], eventTypes: stateEventTypes(nil, nil, hooks[i].EventTypes)}
			}
			return out, err
		},
	}
}
