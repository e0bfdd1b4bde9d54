// Package connectwebview is the seam_connect_webview resource and data source: the page on
// which an end user connects their device provider's account.
package connectwebview

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// Object registers the Connect Webview's resource and data source.
var Object = shared.Object{
	Resources:     []func() resource.Resource{NewResource},
	DataSources:   []func() datasource.DataSource{NewDataSource},
	ListResources: []func() list.ListResource{NewListResource},
}
