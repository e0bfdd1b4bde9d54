// Package space is the seam_space resource, data source and list resource: a place (a
// building, a unit, a room) that holds devices and entrances, to which access grants give
// access.
package space

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

const resourceType = "seam_space"

// descriptor names the space for the shared helpers.
var descriptor = shared.Descriptor{Noun: "space", TypeName: resourceType, IDAttr: attrSpaceID}

// Object registers the space's resource, data source and list resource.
var Object = shared.Object{
	Descriptor:    descriptor,
	Resources:     []func() resource.Resource{NewResource},
	DataSources:   []func() datasource.DataSource{NewDataSource},
	ListResources: []func() list.ListResource{NewListResource},
}
