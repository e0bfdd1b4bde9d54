// Package space is the seam_space resource, data source and list resource: a place (a
// building, a unit, a room) that holds devices and entrances, to which access grants give
// access.
package space

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// descriptor names the space for the shared helpers.
var descriptor = shared.Descriptor{Noun: "space", TypeName: "seam_space", IDAttr: attrSpaceID, KeyAttr: attrSpaceKey}

// Object registers the space's resource, data source and list resource.
var Object = shared.Object{
	Descriptor:    descriptor,
	Resources:     []func() resource.Resource{NewResource},
	DataSources:   []func() datasource.DataSource{NewDataSource},
	ListResources: []func() list.ListResource{NewListResource},
	Contract: shared.Contract{Schema: "space", Client: seam.Space{}, Table: attributes,
		LeftOut: map[string]string{
			"customer_data":    "reservation defaults for property-management integrations, not the space's layout",
			"geolocation":      "where the space is on a map: set by Seam's integrations, not by its creator here",
			"parent_space_id":  "undocumented (x-undocumented: only used internally)",
			"parent_space_key": "undocumented (x-undocumented: only used internally)",
		},
		Beyond: map[string]string{
			attrDeviceIDs:      "the devices the space holds, listed by /devices/list with space_id",
			attrAcsEntranceIDs: "the entrances Terraform set: Seam's space counts them without naming them",
		}},
	Example: &shared.Example{Routes: "/spaces/",
		Create:     map[string]any{attrName: "Space {key}", attrSpaceKey: "{key}", attrDeviceIDs: []string{"august_device_1"}},
		Config:     attrName + " = \"Space {key}\"\n" + attrSpaceKey + " = \"{key}\"\n" + attrDeviceIDs + " = [\"august_device_1\"]",
		ListFilter: map[string]string{attrSpaceKey: "{key}"}, Required: attrCreatedAt,
		Otherwise: map[string]map[string]any{"without devices": {attrName: "Empty {key}"}}},
}
