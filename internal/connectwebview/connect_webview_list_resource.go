package connectwebview

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewListResource finds Connect Webviews for `terraform query`.
func NewListResource() list.ListResource {
	return &shared.ListResource[webview]{
		ResourceBase: shared.ResourceBase{Object: descriptor},
		Doc: "Finds Connect Webviews for `terraform query`, to adopt with import blocks: each with its arguments and status. " +
			"Its `url` is never in the results: it carries an `auth_token`, and `terraform query -json` prints results in clear; " +
			"it is read once the webview is imported.",
		Filters: map[string]listschema.Attribute{
			attrCustomerKey: listschema.StringAttribute{Optional: true, Validators: shared.NonEmpty,
				Description: "Only webviews of this customer."},
			"user_identifier_key": listschema.StringAttribute{Optional: true, Validators: shared.NonEmpty,
				Description: "Only webviews made for the user your app knows by this key."},
		},
		Table: attributes, ID: webviewID, Display: func(w *webview) string { return w.ConnectWebviewID + " (" + w.Status + ")" },
		Find: func(ctx context.Context, client *seam.Client, config shared.Attrs, _ bool) ([]webview, error) {
			found, err := client.ListConnectWebviews(ctx, seam.ConnectWebviewFilter{CustomerKey: config.String(attrCustomerKey),
				UserIdentifierKey: config.String("user_identifier_key")})
			out := make([]webview, len(found))
			for i := range found {
				out[i] = *seamsChoices(&found[i])
			}
			return out, err
		},
	}
}
