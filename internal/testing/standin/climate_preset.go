package standin

import (
	"fmt"
	"net/http"
	"slices"
)

// Seam's fake serves no climate-preset route, and its thermostats have no presets: the stand-in
// serves the routes, and its answers of devices carry each thermostat's presets and fallback.

// thermostatTypes are Seam's device types of thermostats.
var thermostatTypes = []string{"ecobee_thermostat", "nest_thermostat", "honeywell_resideo_thermostat", "tado_thermostat",
	"sensi_thermostat", "smartthings_thermostat"}

// thermostat is one thermostat's presets, as the stand-in holds them.
type thermostat struct {
	presets  []map[string]any
	fallback *string
	// made are the keys of the presets made through the API, which Inventory counts.
	made map[string]bool
}

// shippedPresets are the presets an ecobee thermostat comes with (rule presetsShipped): Home
// and Away can be edited but not deleted, Sleep neither.
func shippedPresets() []map[string]any {
	preset := func(key, name, mode string, heat, cool float64, canEdit bool) map[string]any {
		p := map[string]any{"climate_preset_key": key, "name": name, "display_name": name, "climate_preset_mode": mode,
			"can_edit": canEdit, "can_delete": false, "can_use_with_thermostat_daily_programs": true, "manual_override_allowed": true,
			"hvac_mode_setting": "heat_cool", "fan_mode_setting": "auto"}
		setPoint(p, "heating", "celsius", heat)
		setPoint(p, "cooling", "celsius", cool)
		return p
	}
	return []map[string]any{
		preset("home", "Home", "home", 20, 24, true),
		preset("away", "Away", "away", 16, 28, true),
		preset("sleep", "Sleep", "sleep", 18, 26, false),
	}
}

// setPoint sets a preset's heating or cooling set point given in one unit, in both (rule
// presetSetPointsBothUnits).
func setPoint(p map[string]any, which, unit string, v float64) {
	c, f := v, v*9/5+32
	if unit == "fahrenheit" {
		c, f = (v-32)*5/9, v
	}
	p[which+"_set_point_celsius"], p[which+"_set_point_fahrenheit"] = c, f
}

// thermostatOf is the caller's thermostat deviceID, its presets taken in on first use; s.mu
// must be held. Nil for a device the stand-in has not seen as a thermostat.
func (s *Server) thermostatOf(workspaceID, deviceID, deviceType string) *thermostat {
	key := workspaceID + "/" + deviceID
	if t, ok := s.thermostats[key]; ok {
		return t
	}
	if !slices.Contains(thermostatTypes, deviceType) {
		return nil
	}
	t := &thermostat{presets: []map[string]any{}, made: map[string]bool{}}
	if deviceType == "ecobee_thermostat" {
		t.presets = shippedPresets()
	}
	s.thermostats[key] = t
	return t
}

// placePresets gives a device of workspaceID the presets and fallback the stand-in holds for
// it, when it is a thermostat; s.mu must be held.
func (s *Server) placePresets(workspaceID string, device map[string]any) {
	id, _ := device["device_id"].(string)
	deviceType, _ := device["device_type"].(string)
	t := s.thermostatOf(workspaceID, id, deviceType)
	if t == nil {
		return
	}
	properties, _ := device["properties"].(map[string]any)
	if properties == nil {
		properties = map[string]any{}
		device["properties"] = properties
	}
	presets := make([]any, len(t.presets))
	for i, p := range t.presets {
		presets[i] = clone(p)
	}
	properties["available_climate_presets"] = presets
	if t.fallback != nil {
		properties["fallback_climate_preset_key"] = *t.fallback
	} else {
		delete(properties, "fallback_climate_preset_key")
	}
}

// presetTarget finds the caller's thermostat a preset route names, and the preset its key
// names (nil when it has none); s.mu must not be held, as the device is asked of the fake.
func (s *Server) presetTarget(who caller, r *http.Request, p params) (*thermostat, int, *answer) {
	deviceID, _ := p.str("device_id")
	device, _, refusal := s.deviceOf(r, deviceID)
	if refusal != nil {
		return nil, 0, refusal
	}
	deviceType, _ := device["device_type"].(string)
	s.mu.Lock()
	t := s.thermostatOf(who.workspaceID, deviceID, deviceType)
	s.mu.Unlock()
	if t == nil {
		a := fail(http.StatusBadRequest, "invalid_input", fmt.Sprintf("device %s is not a thermostat", deviceID))
		return nil, 0, &a
	}
	key, _ := p.str("climate_preset_key")
	return t, slices.IndexFunc(t.presets, func(x map[string]any) bool { return x["climate_preset_key"] == key }), nil
}

func noSuchPreset(p params) answer {
	key, _ := p.str("climate_preset_key")
	return fail(http.StatusBadRequest, "invalid_input", fmt.Sprintf("the thermostat has no climate preset with key %q", key))
}

// presetSettings copies the settings a create or update gives into preset.
func presetSettings(preset map[string]any, p params) {
	for _, field := range []string{"climate_preset_mode", "hvac_mode_setting", "fan_mode_setting", "manual_override_allowed"} {
		if v, given := p[field]; given {
			preset[field] = v
		}
	}
	if v, given := p["name"]; given {
		preset["name"] = v
		preset["display_name"] = preset["climate_preset_key"]
		if name, ok := v.(string); ok && name != "" {
			preset["display_name"] = name
		}
	}
	for _, which := range []string{"heating", "cooling"} {
		for _, unit := range []string{"celsius", "fahrenheit"} {
			if v, given := p[which+"_set_point_"+unit].(float64); given {
				setPoint(preset, which, unit, v)
			}
		}
	}
}

func (s *Server) createClimatePreset(who caller, r *http.Request, p params) answer {
	t, i, refusal := s.presetTarget(who, r, p)
	if refusal != nil {
		return *refusal
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	key, _ := p.str("climate_preset_key")
	if i >= 0 {
		return fail(http.StatusBadRequest, "invalid_input", fmt.Sprintf("the thermostat already has a climate preset with key %q", key))
	}
	preset := map[string]any{"climate_preset_key": key, "name": nil, "display_name": key, "can_edit": true, "can_delete": true,
		"can_use_with_thermostat_daily_programs": true, "manual_override_allowed": true}
	presetSettings(preset, p)
	t.presets = append(t.presets, preset)
	t.made[key] = true
	return ok(map[string]any{})
}

// withPreset runs change on the preset the route selects, with s.mu held; a key the thermostat
// does not have is refused (rule presetSelectors).
func (s *Server) withPreset(who caller, r *http.Request, p params, change func(t *thermostat, i int) answer) answer {
	t, i, refusal := s.presetTarget(who, r, p)
	if refusal != nil {
		return *refusal
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if i < 0 {
		return noSuchPreset(p)
	}
	return change(t, i)
}

func (s *Server) updateClimatePreset(who caller, r *http.Request, p params) answer {
	return s.withPreset(who, r, p, func(t *thermostat, i int) answer {
		if t.presets[i]["can_edit"] != true {
			return fail(http.StatusBadRequest, "invalid_input", fmt.Sprintf("the climate preset %q cannot be edited", t.presets[i]["climate_preset_key"]))
		}
		presetSettings(t.presets[i], p)
		return ok(map[string]any{})
	})
}

func (s *Server) deleteClimatePreset(who caller, r *http.Request, p params) answer {
	return s.withPreset(who, r, p, func(t *thermostat, i int) answer {
		key, _ := t.presets[i]["climate_preset_key"].(string)
		if t.presets[i]["can_delete"] != true {
			return fail(http.StatusBadRequest, "invalid_input", fmt.Sprintf("the climate preset %q cannot be deleted", key))
		}
		if t.fallback != nil && *t.fallback == key {
			t.fallback = nil
		}
		delete(t.made, key)
		t.presets = slices.Delete(t.presets, i, i+1)
		return ok(map[string]any{})
	})
}

func (s *Server) setFallbackClimatePreset(who caller, r *http.Request, p params) answer {
	return s.withPreset(who, r, p, func(t *thermostat, i int) answer {
		key, _ := t.presets[i]["climate_preset_key"].(string)
		t.fallback = &key
		return ok(map[string]any{})
	})
}

// The rules the routes of this file follow.
const (
	presetOfThermostat         Rule = "climate presets are a thermostat's; another device's are refused"
	presetCreate               Rule = "a create adds a preset under its key with the settings given, editable and deletable"
	presetKeyTaken             Rule = "a create with a key the thermostat has is refused"
	presetSelectors            Rule = "an update, delete or fallback selects the preset by device_id and climate_preset_key"
	presetCanEdit              Rule = "a preset marked can_edit = false is not updated"
	presetCanDelete            Rule = "a preset marked can_delete = false is not deleted"
	presetDeleteClearsFallback Rule = "deleting the fallback preset leaves the thermostat without one"
	presetFallback             Rule = "set_fallback_climate_preset makes the preset the fallback, answered as fallback_climate_preset_key"
	presetsOnDevice            Rule = "a thermostat's presets are answered in its available_climate_presets"
	presetsShipped             Rule = "an ecobee thermostat comes with Home, Away and Sleep, which cannot be deleted (Sleep nor edited)"
	presetSetPointsBothUnits   Rule = "a set point given in one unit is answered in both"
	presetWritesAnswerOK       Rule = "the preset routes answer ok alone: no object, no action attempt"
)

// Each rule's entry in the ledger: the sentence of Seam's it rests on, or what it assumes.
func init() {
	record(map[Rule]Source{
		presetOfThermostat: {Path: "/thermostats/create_climate_preset",
			Says:    "ID of the thermostat device for which you want create a climate preset.",
			Assumed: "what another device answers is not said; the stand-in refuses it (400 invalid_input)"},
		presetCreate: {Path: "/thermostats/create_climate_preset",
			Says:    "Unique key to identify the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets).",
			Assumed: "a preset made through the API can be edited and deleted, and its display name is its name, else its key"},
		presetKeyTaken: {Path: "/thermostats/create_climate_preset",
			Assumed: "the key is \"Unique\", but what a create with a key in use answers is not said; the stand-in refuses it (400 invalid_input)"},
		presetSelectors: {Path: "/thermostats/update_climate_preset",
			Says:    "ID of the thermostat device for which you want to update a climate preset.",
			Assumed: "a key the thermostat does not have is refused (400 invalid_input): Seam's error for it is not documented"},
		presetCanEdit: {Path: "/devices/get",
			Says:    "Indicates whether the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) key can be edited.",
			Assumed: "what an update of such a preset answers is not said; the stand-in refuses it (400 invalid_input)"},
		presetCanDelete: {Path: "/devices/get",
			Says:    "Indicates whether the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) key can be deleted.",
			Assumed: "what a delete of such a preset answers is not said; the stand-in refuses it (400 invalid_input)"},
		presetDeleteClearsFallback: {Path: "/thermostats/delete_climate_preset",
			Assumed: "what deleting the fallback preset does is not said, and no route clears a fallback; the stand-in leaves the " +
				"thermostat without one (fallback_climate_preset_key absent)"},
		presetFallback: {Path: "/devices/get",
			Says: "Key of the [fallback climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets/setting-the-fallback-climate-preset) for the thermostat."},
		presetsOnDevice: {Path: "/devices/get",
			Says: "Available [climate presets](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for the thermostat."},
		presetsShipped: {Path: "/devices/get", Assumed: "Seam's fake gives its ecobee thermostat no presets; the stand-in gives it " +
			"three of ecobee's own, so that the provider's refusals of what cannot be edited or deleted can be seen"},
		presetSetPointsBothUnits: {Path: "/thermostats/create_climate_preset",
			Says:    "Temperature to which the thermostat should heat (in °C). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).",
			Assumed: "Seam's presets hold both units; the stand-in converts the one given"},
		presetWritesAnswerOK: {Path: "/thermostats/create_climate_preset",
			Assumed: "the OpenAPI's answer of each preset route holds only ok: unlike a noise threshold's, no action attempt to wait for"},
	})
}

// The routes this file serves, by path, and the rules each follows.
func init() {
	serve(map[string]servedRoute{
		"/thermostats/create_climate_preset": {unlocked: true, serve: (*Server).createClimatePreset,
			rules: []Rule{workspaceScoped, presetOfThermostat, presetCreate, presetKeyTaken, presetSetPointsBothUnits, presetWritesAnswerOK}},
		"/thermostats/update_climate_preset": {unlocked: true, serve: (*Server).updateClimatePreset,
			rules: []Rule{workspaceScoped, presetOfThermostat, presetSelectors, presetCanEdit, presetSetPointsBothUnits, presetWritesAnswerOK}},
		"/thermostats/delete_climate_preset": {unlocked: true, serve: (*Server).deleteClimatePreset,
			rules: []Rule{workspaceScoped, presetOfThermostat, presetSelectors, presetCanDelete, presetDeleteClearsFallback, presetWritesAnswerOK}},
		"/thermostats/set_fallback_climate_preset": {unlocked: true, serve: (*Server).setFallbackClimatePreset,
			rules: []Rule{workspaceScoped, presetOfThermostat, presetSelectors, presetFallback, presetWritesAnswerOK}},
	})
}
