// Package noisethreshold is the seam_noise_threshold resource, data source and list resource:
// the level of noise a Seam noise sensor tolerates between two times of each day.
package noisethreshold

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// descriptor names the noise threshold for the shared helpers.
var descriptor = shared.Descriptor{Noun: "noise threshold", TypeName: "seam_noise_threshold", IDAttr: attrNoiseThresholdID}

// Object registers the noise threshold's resource, data source and list resource.
var Object = shared.Object{
	Descriptor:    descriptor,
	Resources:     []func() resource.Resource{NewResource},
	DataSources:   []func() datasource.DataSource{NewDataSource},
	ListResources: []func() list.ListResource{NewListResource},
	Contract: shared.Contract{Schema: "noise_threshold", Client: seam.NoiseThreshold{}, Table: attributes,
		Beyond: map[string]string{attrTimeouts: "how long the provider waits for the sensor: Terraform's, not Seam's"}},
	Example: &shared.Example{Routes: "/noise_sensors/noise_thresholds/", Device: "minut_sensor",
		Create: map[string]any{attrDeviceID: "{device}", attrName: "Quiet {key}", attrStartsDailyAt: "22:00:00[Europe/Paris]",
			attrEndsDailyAt: "07:00:00[Europe/Paris]", attrDecibels: 70},
		Config: attrDeviceID + " = \"{device}\"\n" + attrName + " = \"Quiet {key}\"\n" + attrStartsDailyAt +
			" = \"22:00:00[Europe/Paris]\"\n" + attrEndsDailyAt + " = \"07:00:00[Europe/Paris]\"\n" + attrDecibels + " = 70",
		ListFilter: map[string]string{attrDeviceID: "{device}"}, ListScope: map[string]string{attrDeviceID: "{device}"}, Shipped: 1,
		Required: attrEndsDailyAt,
		Otherwise: map[string]map[string]any{"in NRS, without a name": {attrDeviceID: "{device}",
			attrStartsDailyAt: "23:00:00[Europe/Paris]", attrEndsDailyAt: "06:00:00[Europe/Paris]", attrNRS: 42}}},
}
