package connectwebview

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewDataSource reads a Connect Webview by its ID.
func NewDataSource() datasource.DataSource {
	return &shared.Lookup[webview]{
		DataSourceBase: shared.DataSourceBase{Object: descriptor},
		Doc: "Reads a Seam Connect Webview by `connect_webview_id`: its `url`, and whether the end user has logged in " +
			"(`status`, `login_successful`, `connected_account_id`). The `url` is sensitive: it carries an `auth_token`.",
		Table: attributes, Keys: []string{attrConnectWebviewID},
		Get: func(ctx context.Context, client *seam.Client, _, id string) (*webview, error) {
			w, err := client.GetConnectWebview(ctx, id)
			if err != nil {
				return nil, err
			}
			return seamsChoices(w), nil
		},
	}
}
