// Package climatepreset is the seam_thermostat_climate_preset resource and list resource: one
// of a thermostat's climate presets (a named set of HVAC mode, set points and fan mode), and
// whether the thermostat falls back to it.
package climatepreset

import (
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// descriptor names the climate preset for the shared helpers: its ID joins its thermostat's
// device ID and its key, its identity.
var descriptor = shared.Descriptor{Noun: "climate preset", TypeName: "seam_thermostat_climate_preset", IDAttr: attrID,
	Identity: []string{attrDeviceID, attrKey}}

// Object registers the climate preset's resource and list resource. Seam has no route that
// gets a preset: they are read from their thermostat's device.
var Object = shared.Object{
	Descriptor:    descriptor,
	Resources:     []func() resource.Resource{NewResource},
	ListResources: []func() list.ListResource{NewListResource},
	Contract: shared.Contract{Schema: "device", Within: "available_climate_presets", Fixture: "thermostat.json",
		Client: seam.ClimatePreset{}, Table: attributes,
		LeftOut: map[string]string{
			"ecobee_metadata":         "Ecobee's own record of the climate (its reference, owner, optimisation), which Ecobee sets",
			"manual_override_allowed": "deprecated by Seam: \"Use 'thermostat_schedule.is_override_allowed'\"",
		},
		ListedOnce: map[string]string{
			attrHeatingCelsius: attrHeatingFahrenheit, attrHeatingFahrenheit: attrHeatingCelsius,
			attrCoolingCelsius: attrCoolingFahrenheit, attrCoolingFahrenheit: attrCoolingCelsius,
		},
		Beyond: map[string]string{
			attrDeviceID:    "the thermostat the preset is of: Seam holds presets inside their device",
			attrWorkspaceID: "the thermostat's workspace, for the workspace guard",
			attrFallback:    "the thermostat's fallback_climate_preset_key names the preset",
		}},
	Example: &shared.Example{Routes: "/thermostats/", CreatePath: "/thermostats/create_climate_preset",
		DeletePath: "/thermostats/delete_climate_preset", Kind: "climate_preset", Device: "ecobee_thermostat",
		Create: map[string]any{attrDeviceID: "{device}", attrKey: "{key}", attrName: "Eco {key}", attrHVACMode: "heat_cool",
			attrHeatingCelsius: 16, attrCoolingCelsius: 28},
		Config: attrDeviceID + " = \"{device}\"\n" + attrKey + " = \"{key}\"\n" + attrName + " = \"Eco {key}\"\n" + attrHVACMode +
			" = \"heat_cool\"\n" + attrHeatingCelsius + " = 16\n" + attrCoolingCelsius + " = 28",
		ListFilter: map[string]string{attrDeviceID: "{device}"}, ListScope: map[string]string{attrDeviceID: "{device}"}, Shipped: 3,
		Otherwise: map[string]map[string]any{"in °F, without a name": {attrDeviceID: "{device}", attrKey: "{key}",
			attrHeatingFahrenheit: 61, attrCoolingFahrenheit: 82}}},
}
