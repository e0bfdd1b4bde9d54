// Package useridentity is the seam_user_identity resource and data source: one end user of
// the workspace's app, whom client sessions and Connect Webviews refer to.
package useridentity

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// descriptor names the user identity for the shared helpers.
var descriptor = shared.Descriptor{Noun: "user identity", TypeName: resourceType, IDAttr: attrUserIdentityID}

// Object registers the user identity's resource, data source and list resource.
var Object = shared.Object{
	Descriptor:    descriptor,
	Resources:     []func() resource.Resource{NewResource},
	DataSources:   []func() datasource.DataSource{NewDataSource},
	ListResources: []func() list.ListResource{NewListResource},
}
