// Package webhook is the seam_webhook resource, data source and list resource: where Seam
// sends the workspace's events, and the secret that signs them.
package webhook

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// descriptor names the webhook for the shared helpers.
var descriptor = shared.Descriptor{Noun: "webhook", TypeName: "seam_webhook", IDAttr: attrWebhookID}

// Object registers the webhook's resource, data source and list resource.
var Object = shared.Object{
	Descriptor:    descriptor,
	Resources:     []func() resource.Resource{NewResource},
	DataSources:   []func() datasource.DataSource{NewDataSource},
	ListResources: []func() list.ListResource{NewListResource},
	Contract:      shared.Contract{Schema: "webhook", Client: seam.Webhook{}, Table: attributes},
	Example: &shared.Example{Routes: "/webhooks/",
		Create: map[string]any{attrURL: "https://{host}.example.com/events", attrEventTypes: []string{"*"}},
		Config: attrURL + " = \"https://{host}.example.com/events\"\n" + attrEventTypes + " = [\"*\"]",
		Secret: attrSecret, Required: attrURL},
}
