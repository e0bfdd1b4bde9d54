// Package useridentity is the seam_user_identity resource and data source: one end user of
// the workspace's app, whom client sessions and Connect Webviews refer to.
package useridentity

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// Object registers the user identity's resource and data source.
var Object = shared.Object{
	Resources:     []func() resource.Resource{NewResource},
	DataSources:   []func() datasource.DataSource{NewDataSource},
	ListResources: []func() list.ListResource{NewListResource},
}
