// Package accessgrant is the seam_access_grant resource, data source and list resource: a
// user identity's access to spaces (or devices, or entrances) for a time, by PIN code, card
// or mobile key, which Seam calls the default and recommended way to grant access.
package accessgrant

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

const resourceType = "seam_access_grant"

// descriptor names the access grant for the shared helpers.
var descriptor = shared.Descriptor{Noun: "access grant", TypeName: resourceType, IDAttr: attrAccessGrantID}

// Object registers the access grant's resource, data source and list resource.
var Object = shared.Object{
	Descriptor:    descriptor,
	Resources:     []func() resource.Resource{NewResource},
	DataSources:   []func() datasource.DataSource{NewDataSource},
	ListResources: []func() list.ListResource{NewListResource},
}
