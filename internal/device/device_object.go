// Package device is the seam_device and seam_devices data sources: the locks, thermostats and
// sensors Seam discovers through connected accounts, which configurations name instead of
// pasting IDs. Nothing creates a device, so there is no resource.
package device

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"

	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// descriptor names the device for the shared helpers.
var descriptor = shared.Descriptor{Noun: "device", TypeName: "seam_device", IDAttr: attrDeviceID}

// Object registers the device's data sources.
var Object = shared.Object{
	Descriptor:  descriptor,
	DataSources: []func() datasource.DataSource{NewDataSource, NewListDataSource},
}
