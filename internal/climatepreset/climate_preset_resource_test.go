package climatepreset_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/compare"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// thermostat is Seam's raw JSON of a device, read as Seam answers it.
func thermostat(t *testing.T, tg *acctest.Target, deviceID string) map[string]any {
	return tg.Object(t, "/devices/get", map[string]any{"device_id": deviceID}, "device")
}

// presetOf is the preset with key among a device's available_climate_presets, or nil.
func presetOf(device map[string]any, key string) map[string]any {
	properties, _ := device["properties"].(map[string]any)
	presets, _ := properties["available_climate_presets"].([]any)
	for _, p := range presets {
		if m, ok := p.(map[string]any); ok && m["climate_preset_key"] == key {
			return m
		}
	}
	return nil
}

// fallbackOf is the key a device falls back to, or "".
func fallbackOf(device map[string]any) string {
	properties, _ := device["properties"].(map[string]any)
	key, _ := properties["fallback_climate_preset_key"].(string)
	return key
}

// expectAsSeamHasIt holds the preset at addr to Seam's JSON of it, in its thermostat's device.
func expectAsSeamHasIt(t *testing.T, tg *acctest.Target, addr, deviceID, key string) statecheck.StateCheck {
	return acctest.ExpectAsSeamHasIt(addr, func(string) map[string]any { return presetOf(thermostat(t, tg, deviceID), key) },
		func(raw map[string]any) map[string]knownvalue.Check {
			r := acctest.RawChecks{Raw: raw}
			return map[string]knownvalue.Check{
				"id": knownvalue.StringExact(deviceID + "/" + key), "device_id": knownvalue.StringExact(deviceID),
				"climate_preset_key": r.String("climate_preset_key"), "name": r.String("name"), "display_name": r.String("display_name"),
				"climate_preset_mode": r.String("climate_preset_mode"), "hvac_mode_setting": r.String("hvac_mode_setting"),
				"fan_mode_setting":          r.String("fan_mode_setting"),
				"heating_set_point_celsius": r.Float64("heating_set_point_celsius"), "heating_set_point_fahrenheit": r.Float64("heating_set_point_fahrenheit"),
				"cooling_set_point_celsius": r.Float64("cooling_set_point_celsius"), "cooling_set_point_fahrenheit": r.Float64("cooling_set_point_fahrenheit"),
				"can_edit": r.Bool("can_edit"), "can_delete": r.Bool("can_delete"),
				"can_use_with_thermostat_daily_programs": r.Bool("can_use_with_thermostat_daily_programs"),
			}
		})
}

func block(name, body string) string {
	return fmt.Sprintf("resource \"seam_thermostat_climate_preset\" %q {\n%s\n}\n", name, body)
}

func expect(checks ...plancheck.PlanCheck) resource.ConfigPlanChecks {
	return resource.ConfigPlanChecks{PreApply: checks}
}

// Create (read back from the thermostat), no drift, settings changed in place (°C to °F
// included, the other unit Seam's and unknown until applied), import by ID, a new key
// replacing it, destroy.
func TestAccClimatePresetResource_lifecycle(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	tg.RequireStandIn(t)
	device := tg.DeviceOfType(t, "ecobee_thermostat")
	const addr = "seam_thermostat_climate_preset.eco"
	eco := func(key, settings string) string {
		return tg.ProviderBlock() + block("eco", fmt.Sprintf("  device_id = %q\n  climate_preset_key = %q\n%s", device, key, settings))
	}
	same := statecheck.CompareValue(compare.ValuesSame())
	gone := func(key string) func(*terraform.State) error {
		return func(*terraform.State) error {
			if presetOf(thermostat(t, tg, device), key) != nil {
				return fmt.Errorf("the thermostat still has the preset %q", key)
			}
			return nil
		}
	}
	tg.Run(t, resource.TestCase{
		CheckDestroy: gone("eco_2"),
		Steps: []resource.TestStep{
			{
				Config: eco("eco", "  name = \"Eco\"\n  hvac_mode_setting = \"heat_cool\"\n  heating_set_point_celsius = 16\n  cooling_set_point_celsius = 28"),
				ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg, addr, device, "eco"),
					same.AddStateValue(addr, tfjsonpath.New("id")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("heating_set_point_fahrenheit"), knownvalue.Float64Exact(60.8))},
			},
			{
				Config: eco("eco", "  name = \"Eco night\"\n  hvac_mode_setting = \"heat\"\n  heating_set_point_fahrenheit = 59\n  cooling_set_point_celsius = 28"),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(addr, plancheck.ResourceActionUpdate),
					plancheck.ExpectUnknownValue(addr, tfjsonpath.New("heating_set_point_celsius"))),
				ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg, addr, device, "eco"),
					same.AddStateValue(addr, tfjsonpath.New("id")),
					statecheck.ExpectKnownValue(addr, tfjsonpath.New("heating_set_point_celsius"), knownvalue.Float64Exact(15))},
			},
			{ResourceName: addr, ImportState: true, ImportStateId: device + "/eco", ImportStateVerify: true,
				ImportStateVerifyIdentifierAttribute: "id"},
			{
				Config:           eco("eco_2", "  name = \"Eco night\"\n  hvac_mode_setting = \"heat\"\n  heating_set_point_fahrenheit = 59"),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(addr, plancheck.ResourceActionDestroyBeforeCreate)),
				Check:            gone("eco"),
			},
		},
	})
}

// One fallback per thermostat: a preset that claims it becomes it (and a fallback moved outside
// Terraform is planned back); two presets of one thermostat that claim it are refused at plan
// time, before anything is sent; destroying the fallback leaves the thermostat without one.
func TestAccClimatePresetResource_oneFallbackPerThermostat(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	device := tg.DeviceOfType(t, "ecobee_thermostat")
	preset := func(name, key string, fallback bool) string {
		return block(name, fmt.Sprintf("  device_id = %q\n  climate_preset_key = %q\n  heating_set_point_celsius = 17\n  fallback = %t",
			device, key, fallback))
	}
	both := tg.ProviderBlock() + preset("eco", "eco", true) + preset("comfort", "comfort", false)
	fallsBackTo := func(key string) func(*terraform.State) error {
		return func(*terraform.State) error {
			if got := fallbackOf(thermostat(t, tg, device)); got != key {
				return fmt.Errorf("the thermostat falls back to %q, want %q", got, key)
			}
			return nil
		}
	}
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
		{
			Config:      tg.ProviderBlock() + preset("eco", "eco", true) + preset("comfort", "comfort", true),
			ExpectError: acctest.ErrorMatching("Two fallbacks for one thermostat", `"eco"`, `"comfort"`, device, "Set fallback = true on one"),
		},
		{
			PreConfig: func() {
				if n := tg.Requests("/thermostats/create_climate_preset"); n != 0 {
					t.Errorf("the refused plan sent %d creates", n)
				}
			},
			Config: both, Check: fallsBackTo("eco"),
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("seam_thermostat_climate_preset.eco", tfjsonpath.New("fallback"), knownvalue.Bool(true))},
		},
		{
			PreConfig: func() {
				tg.Post(t, "/thermostats/set_fallback_climate_preset", map[string]any{"device_id": device, "climate_preset_key": "comfort"})
			},
			Config:           both,
			ConfigPlanChecks: expect(plancheck.ExpectResourceAction("seam_thermostat_climate_preset.eco", plancheck.ResourceActionUpdate)),
			Check:            fallsBackTo("eco"),
		},
		{Config: tg.ProviderBlock() + preset("comfort", "comfort", false), Check: fallsBackTo("")},
	}})
	if made := srv.Inventory(fakeseam.SeedWorkspace)["climate_preset"]; len(made) != 0 {
		t.Errorf("the thermostat keeps presets made by the test: %v", made)
	}
}

// A preset Seam marks as not editable is refused at plan time when a change is planned, naming
// it; one marked not deletable is an error at destroy that says how to stop managing it. A
// key the thermostat already has is an error that says how to import it.
func TestAccClimatePresetResource_whatSeamForbidsIsAnErrorNamingThePreset(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	tg.RequireStandIn(t)
	device := tg.DeviceOfType(t, "ecobee_thermostat")
	own := func(key, settings string) string {
		return tg.ProviderBlock() + block("own", fmt.Sprintf("  device_id = %q\n  climate_preset_key = %q\n%s", device, key, settings))
	}
	sleep := presetOf(thermostat(t, tg, device), "sleep")
	heat, isNumber := sleep["heating_set_point_celsius"].(float64)
	if sleep == nil || sleep["can_edit"] != false || !isNumber {
		t.Fatalf("the thermostat's Sleep preset is %v: the test needs one Seam marks can_edit = false", sleep)
	}
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
		{
			Config:      own("home", "  name = \"Home\""),
			ExpectError: acctest.ErrorMatching("Climate preset key taken", `"home"`, "import it", device+"/home"),
		},
		{Config: own("sleep", ""), ResourceName: "seam_thermostat_climate_preset.own", ImportState: true,
			ImportStateId: device + "/sleep", ImportStatePersist: true},
		{
			// At plan time: a plan that Seam would refuse never reaches an apply.
			Config: own("sleep", fmt.Sprintf("  heating_set_point_celsius = %v", heat+1)), PlanOnly: true,
			ExpectError: acctest.ErrorMatching("Climate preset cannot be edited", `"sleep"`, "can_edit = false", "heating_set_point_celsius"),
		},
		{
			Config:      tg.ProviderBlock(),
			ExpectError: acctest.ErrorMatching("Climate preset cannot be deleted", `"sleep"`, "can_delete = false", "removed block"),
		},
		{Config: tg.ProviderBlock() + "removed {\n  from = seam_thermostat_climate_preset.own\n  lifecycle {\n    destroy = false\n  }\n}\n"},
	}})
	if presetOf(thermostat(t, tg, device), "sleep") == nil {
		t.Error("the thermostat lost its Sleep preset")
	}
}
