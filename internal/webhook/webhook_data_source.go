package webhook

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewDataSource reads a webhook by its ID, with Seam's event types as Seam lists them.
func NewDataSource() datasource.DataSource {
	return &shared.Lookup[webhook]{
		DataSourceBase: shared.DataSourceBase{Object: descriptor},
		Doc:            "Reads a Seam webhook by `webhook_id`, its secret included (stored in the state, marked sensitive).",
		Table:          attributes, Keys: []string{attrWebhookID},
		Get: func(ctx context.Context, client *seam.Client, _, id string) (*webhook, error) {
			hook, err := client.GetWebhook(ctx, id)
			if err != nil {
				return nil, err
			}
			return &webhook{Webhook: hook, eventTypes: hook.EventTypes, secret: hook.Secret}, nil
		},
	}
}
