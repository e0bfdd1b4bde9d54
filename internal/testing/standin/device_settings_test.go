package standin_test

import (
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// The rules of a noise threshold's routes: the sensor's own thresholds beside the ones made,
// times in Seam's form, selection by ID and device both, a pending action attempt that the
// next get settles, as the fault says (a failed update changes nothing), and another
// workspace sees nothing.
func TestAccStandIn_noiseThresholdsAndTheirActionAttempts(t *testing.T) {
	srv := standin.Start(t, acctest.SharedFake(t).URL)
	list := func(who as) []any {
		r := call(t, srv, who, "/noise_sensors/noise_thresholds/list", map[string]any{"device_id": "minut_device_1"})
		items, _ := r.body["noise_thresholds"].([]any)
		return items
	}
	own := list(workspace1)
	if len(own) != 1 {
		t.Fatalf("the sensor's own thresholds: %v, want the fake's one", own)
	}
	if first, _ := own[0].(map[string]any); str(first, "name") != "builtin_normal_hours" {
		t.Fatalf("the sensor's own threshold: %v, want the fake's builtin_normal_hours", first)
	}
	if bad := call(t, srv, workspace1, "/noise_sensors/noise_thresholds/create", map[string]any{"device_id": "minut_device_1",
		"starts_daily_at": "22:00", "ends_daily_at": "07:00:00[Europe/Paris]"}); bad.status != 400 || bad.errorType() != "invalid_input" {
		t.Errorf("a time without its zone: HTTP %d %v, want 400 invalid_input", bad.status, bad.body)
	}
	if lock := call(t, srv, workspace1, "/noise_sensors/noise_thresholds/create", map[string]any{"device_id": "august_device_1",
		"starts_daily_at": "22:00:00[Europe/Paris]", "ends_daily_at": "07:00:00[Europe/Paris]"}); lock.status != 404 ||
		lock.errorType() != "device_not_found" {
		t.Errorf("a threshold on a lock: HTTP %d %v, want 404 device_not_found", lock.status, lock.body)
	}
	made := call(t, srv, workspace1, "/noise_sensors/noise_thresholds/create", map[string]any{"device_id": "minut_device_1",
		"starts_daily_at": "22:00:00[Europe/Paris]", "ends_daily_at": "07:00:00[Europe/Paris]", "noise_threshold_nrs": 42})
	threshold, attempt := object(made, "noise_threshold"), object(made, "action_attempt")
	if made.status != 200 || threshold["noise_threshold_decibels"] != 70.0 || str(threshold, "name") != "Fake Noise Threshold" ||
		str(attempt, "status") != "pending" || str(attempt, "action_type") != "CREATE_NOISE_THRESHOLD" {
		t.Fatalf("create: HTTP %d %v", made.status, made.body)
	}
	settled := call(t, srv, workspace1, "/action_attempts/get", map[string]any{"action_attempt_id": str(attempt, "action_attempt_id")})
	if str(object(settled, "action_attempt"), "status") != "success" {
		t.Errorf("the attempt after one get: %v, want success", settled.body)
	}
	if other := call(t, srv, workspace2, "/action_attempts/get", map[string]any{"action_attempt_id": str(attempt, "action_attempt_id")}); other.status != 404 {
		t.Errorf("another workspace got the attempt: HTTP %d", other.status)
	}
	id := str(threshold, "noise_threshold_id")
	if wrong := call(t, srv, workspace1, "/noise_sensors/noise_thresholds/update", map[string]any{"noise_threshold_id": id,
		"device_id": "minut_device_2", "name": "Moved"}); wrong.status != 404 || wrong.errorType() != "noise_threshold_not_found" {
		t.Errorf("an update naming another device: HTTP %d %v, want 404 noise_threshold_not_found", wrong.status, wrong.body)
	}
	srv.SetActionOutcome(standin.ActionFails)
	failed := call(t, srv, workspace1, "/noise_sensors/noise_thresholds/update", map[string]any{"noise_threshold_id": id,
		"device_id": "minut_device_1", "name": "Quiet"})
	outcome := call(t, srv, workspace1, "/action_attempts/get", map[string]any{"action_attempt_id": str(object(failed, "action_attempt"), "action_attempt_id")})
	if a := object(outcome, "action_attempt"); str(a, "status") != "error" || a["error"] == nil {
		t.Errorf("a failing device's attempt: %v, want error with Seam's error", outcome.body)
	}
	got := call(t, srv, workspace1, "/noise_sensors/noise_thresholds/get", map[string]any{"noise_threshold_id": id})
	if str(object(got, "noise_threshold"), "name") != "Fake Noise Threshold" {
		t.Errorf("a failed update changed the threshold: %v", got.body)
	}
	srv.SetActionOutcome(standin.ActionHangs)
	hung := call(t, srv, workspace1, "/noise_sensors/noise_thresholds/delete", map[string]any{"noise_threshold_id": id, "device_id": "minut_device_1"})
	for range 3 {
		if a := call(t, srv, workspace1, "/action_attempts/get", map[string]any{"action_attempt_id": str(object(hung, "action_attempt"), "action_attempt_id")}); str(object(a, "action_attempt"), "status") != "pending" {
			t.Fatalf("a hanging device's attempt: %v, want pending for as long as asked", a.body)
		}
	}
	if len(list(workspace1)) != 2 || len(list(workspace2)) != 0 {
		t.Errorf("after a delete that never finished: %v in workspace 1, %v in workspace 2", list(workspace1), list(workspace2))
	}
}

// The rules of the climate-preset routes: an ecobee's own presets on its device, a preset made
// in one unit answered in both, a key the thermostat has refused, can_edit and can_delete
// honoured, the fallback set and cleared with its preset, and another device refused.
func TestAccStandIn_climatePresetsLiveInTheirThermostat(t *testing.T) {
	srv := standin.Start(t, acctest.SharedFake(t).URL)
	preset := func(key string) (map[string]any, any) {
		device := object(call(t, srv, workspace1, "/devices/get", map[string]any{"device_id": "ecobee_device_1"}), "device")
		properties, _ := device["properties"].(map[string]any)
		presets, _ := properties["available_climate_presets"].([]any)
		for _, p := range presets {
			if m, _ := p.(map[string]any); str(m, "climate_preset_key") == key {
				return m, properties["fallback_climate_preset_key"]
			}
		}
		return nil, properties["fallback_climate_preset_key"]
	}
	if home, fallback := preset("home"); home == nil || home["can_delete"] != false || fallback != nil {
		t.Fatalf("the ecobee's own Home preset: %v (fallback %v), want one that cannot be deleted, and no fallback", home, fallback)
	}
	write := func(path string, body map[string]any) reply {
		body["device_id"] = "ecobee_device_1"
		return call(t, srv, workspace1, path, body)
	}
	if r := write("/thermostats/create_climate_preset", map[string]any{"climate_preset_key": "eco", "heating_set_point_fahrenheit": 59.0}); r.status != 200 || len(r.body) != 1 {
		t.Fatalf("create: HTTP %d %v, want ok alone", r.status, r.body)
	}
	if eco, _ := preset("eco"); eco == nil || eco["heating_set_point_celsius"] != 15.0 || eco["can_edit"] != true || str(eco, "display_name") != "eco" {
		t.Errorf("the preset made in °F: %v, want 15 °C beside it, editable, named by its key", eco)
	}
	if taken := write("/thermostats/create_climate_preset", map[string]any{"climate_preset_key": "eco"}); taken.status != 400 {
		t.Errorf("a key the thermostat has: HTTP %d, want 400", taken.status)
	}
	if r := write("/thermostats/update_climate_preset", map[string]any{"climate_preset_key": "sleep", "name": "Nap"}); r.status != 400 {
		t.Errorf("an update of a preset that cannot be edited: HTTP %d, want 400", r.status)
	}
	if r := write("/thermostats/delete_climate_preset", map[string]any{"climate_preset_key": "home"}); r.status != 400 {
		t.Errorf("a delete of a preset that cannot be deleted: HTTP %d, want 400", r.status)
	}
	if r := write("/thermostats/set_fallback_climate_preset", map[string]any{"climate_preset_key": "eco"}); r.status != 200 {
		t.Fatalf("set fallback: HTTP %d %v", r.status, r.body)
	}
	if _, fallback := preset("eco"); fallback != "eco" {
		t.Errorf("the fallback after it was set: %v, want eco", fallback)
	}
	if r := write("/thermostats/delete_climate_preset", map[string]any{"climate_preset_key": "eco"}); r.status != 200 {
		t.Fatalf("delete: HTTP %d %v", r.status, r.body)
	}
	if eco, fallback := preset("eco"); eco != nil || fallback != nil {
		t.Errorf("after the fallback preset's delete: preset %v, fallback %v, want neither", eco, fallback)
	}
	if lock := call(t, srv, workspace1, "/thermostats/create_climate_preset", map[string]any{"device_id": "august_device_1",
		"climate_preset_key": "eco"}); lock.status != 400 {
		t.Errorf("a preset on a lock: HTTP %d, want 400", lock.status)
	}
}
