package provider_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// examples/fleet, as a team applies it with the real CLI and binary, on a workspace of three
// noise sensors and two thermostats: quiet hours on every sensor and Eco and Comfort presets on
// every thermostat, Eco the fallback; then an empty plan, the quiet level changed in place on
// every sensor, and destroy. Seam holds what the state says, from its own JSON.
func TestAccFleetStory_settingsOnEveryDeviceAppliedChangedInPlaceAndDestroyed(t *testing.T) {
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	for deviceType, n := range map[string]int{"minut_sensor": 2, "ecobee_thermostat": 1} {
		if _, err := srv.SeedDevices(t.Context(), fakeseam.SeedWorkspace, deviceType, n); err != nil {
			t.Fatal(err)
		}
	}
	root, err := fakeseam.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	example, err := os.ReadFile(filepath.Join(root, "examples", "fleet", "main.tf"))
	if err != nil {
		t.Fatal(err)
	}
	cliConfig := acctest.BuildProvider(t)
	dir := acctest.WriteConfig(t, string(example))
	env := []string{"SEAM_ENDPOINT=" + tg.Endpoint, "SEAM_API_KEY=" + tg.APIKey}
	terraform := func(args ...string) string {
		t.Helper()
		out, err := acctest.TerraformEnv(t, cliConfig, dir, env, args...)
		if err != nil {
			t.Fatalf("terraform %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return out
	}
	devicesOf := func(deviceType string) []map[string]any {
		return tg.Objects(t, "/devices/list", map[string]any{"device_type": deviceType}, "devices")
	}
	sensors, thermostats := devicesOf("minut_sensor"), devicesOf("ecobee_thermostat")
	if len(sensors) != 3 || len(thermostats) != 2 {
		t.Fatalf("the workspace has %d noise sensors and %d thermostats, want 3 and 2", len(sensors), len(thermostats))
	}
	// quietHours holds each sensor to one threshold at decibels, from 22:00 to 07:00 Paris time.
	quietHours := func(decibels float64) {
		t.Helper()
		ids := stateIDs(t, cliConfig, dir, env)["noise_threshold"]
		for _, sensor := range sensors {
			var made []map[string]any
			for _, th := range tg.Objects(t, "/noise_sensors/noise_thresholds/list", map[string]any{"device_id": sensor["device_id"]}, "noise_thresholds") {
				if slices.Contains(ids, acctest.RawString(th, "noise_threshold_id")) {
					made = append(made, th)
				}
			}
			if len(made) != 1 || made[0]["noise_threshold_decibels"] != decibels || made[0]["starts_daily_at"] != "22:00:00[Europe/Paris]" ||
				made[0]["ends_daily_at"] != "07:00:00[Europe/Paris]" {
				t.Errorf("sensor %v holds the state's thresholds %v, want one at %v dB from 22:00 to 07:00", sensor["device_id"], made, decibels)
			}
		}
	}

	out := terraform("apply", "-auto-approve")
	acctest.ExpectInOrder(t, "apply", out, "Apply complete! Resources: 7 added, 0 changed, 0 destroyed.")
	quietHours(70)
	for _, th := range thermostats {
		device := tg.Object(t, "/devices/get", map[string]any{"device_id": th["device_id"]}, "device")
		properties, _ := device["properties"].(map[string]any)
		keys := map[string]map[string]any{}
		presets, _ := properties["available_climate_presets"].([]any)
		for _, p := range presets {
			m, _ := p.(map[string]any)
			keys[acctest.RawString(m, "climate_preset_key")] = m
		}
		eco, comfort := keys["eco"], keys["comfort"]
		if eco == nil || comfort == nil || eco["heating_set_point_celsius"] != 16.0 || comfort["cooling_set_point_celsius"] != 24.0 ||
			eco["climate_preset_mode"] != "unoccupied" || comfort["fan_mode_setting"] != "auto" {
			t.Errorf("thermostat %v holds presets %v, want Eco and Comfort as the example sets them", th["device_id"], presets)
		}
		if properties["fallback_climate_preset_key"] != "eco" {
			t.Errorf("thermostat %v falls back to %v, want eco", th["device_id"], properties["fallback_climate_preset_key"])
		}
	}
	acctest.ExpectInOrder(t, "the plan after apply", terraform("plan", "-detailed-exitcode"), "No changes.")

	out = terraform("apply", "-auto-approve", "-var=quiet_decibels=65")
	acctest.ExpectInOrder(t, "the quiet level changed", out, "will be updated in-place", "~ noise_threshold_decibels = 70 -> 65",
		"Plan: 0 to add, 3 to change, 0 to destroy.", "Apply complete! Resources: 0 added, 3 changed, 0 destroyed.")
	quietHours(65)

	out = terraform("destroy", "-auto-approve", "-var=quiet_decibels=65")
	acctest.ExpectInOrder(t, "destroy", out, "Destroy complete! Resources: 7 destroyed.")
	left := srv.Inventory(fakeseam.SeedWorkspace)
	if n := len(left["noise_threshold"]) + len(left["climate_preset"]); n != 0 {
		t.Errorf("Seam holds %v after destroy", left)
	}
	for _, th := range thermostats {
		device := tg.Object(t, "/devices/get", map[string]any{"device_id": th["device_id"]}, "device")
		if properties, _ := device["properties"].(map[string]any); properties["fallback_climate_preset_key"] != nil {
			t.Errorf("thermostat %v still falls back to %v", th["device_id"], properties["fallback_climate_preset_key"])
		}
	}
}
