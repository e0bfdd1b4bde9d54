// Package device is the seam_device and seam_devices data sources: the locks, thermostats and
// sensors Seam discovers through connected accounts, which configurations name instead of
// pasting IDs. Nothing creates a device, so there is no resource.
package device

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// descriptor names the device for the shared helpers.
var descriptor = shared.Descriptor{Noun: "device", TypeName: "seam_device", IDAttr: attrDeviceID}

// Object registers the device's data sources.
var Object = shared.Object{
	Descriptor:  descriptor,
	DataSources: []func() datasource.DataSource{NewDataSource, NewListDataSource},
	Contract: shared.Contract{Schema: "device", Client: seam.Device{}, Table: attributes,
		Subset: "a device has dozens of capability flags and provider properties; the provider exposes what configurations " +
			"choose devices by",
		Beyond: map[string]string{
			attrName:         "how seam_device was asked for the device: one of its names",
			attrManufacturer: "Seam's properties.manufacturer",
			attrOnline:       "Seam's properties.online",
		}},
}
