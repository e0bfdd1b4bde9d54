// Package webhook is the seam_webhook resource and data source: where Seam sends the
// workspace's events, and the secret that signs them.
package webhook

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// Object registers the webhook's resource and data source.
var Object = shared.Object{
	Resources:     []func() resource.Resource{NewResource},
	DataSources:   []func() datasource.DataSource{NewDataSource},
	ListResources: []func() list.ListResource{NewListResource},
}
