package seam

import "context"

// ClimatePreset is one of a thermostat's climate presets, as its device's
// properties.available_climate_presets hold it: Seam has no route that gets or lists presets.
type ClimatePreset struct {
	ClimatePresetKey          string   `json:"climate_preset_key"`
	Name                      *string  `json:"name"`
	DisplayName               string   `json:"display_name"`
	CanEdit                   bool     `json:"can_edit"`
	CanDelete                 bool     `json:"can_delete"`
	CanUseWithDailyPrograms   bool     `json:"can_use_with_thermostat_daily_programs"`
	ClimatePresetMode         *string  `json:"climate_preset_mode"`
	HVACModeSetting           *string  `json:"hvac_mode_setting"`
	FanModeSetting            *string  `json:"fan_mode_setting"`
	HeatingSetPointCelsius    *float64 `json:"heating_set_point_celsius"`
	HeatingSetPointFahrenheit *float64 `json:"heating_set_point_fahrenheit"`
	CoolingSetPointCelsius    *float64 `json:"cooling_set_point_celsius"`
	CoolingSetPointFahrenheit *float64 `json:"cooling_set_point_fahrenheit"`
	ManualOverrideAllowed     *bool    `json:"manual_override_allowed"`
}

// ClimatePresets is a thermostat's presets and its fallback, from its device.
type ClimatePresets struct {
	DeviceID    string
	WorkspaceID string
	Presets     []ClimatePreset
	// FallbackKey is the key of the preset the thermostat falls back to, or nil.
	FallbackKey *string
}

// Find is the preset with key, or nil.
func (p *ClimatePresets) Find(key string) *ClimatePreset {
	for i := range p.Presets {
		if p.Presets[i].ClimatePresetKey == key {
			return &p.Presets[i]
		}
	}
	return nil
}

// IsFallback reports whether the preset with key is the thermostat's fallback.
func (p *ClimatePresets) IsFallback(key string) bool {
	return p.FallbackKey != nil && *p.FallbackKey == key
}

var (
	// A climate preset route's object is the thermostat: Seam's "not found" on them is the device's.
	thermostat                    = object{"thermostat", "thermostats", "device_not_found", ""}
	routeCreateClimatePreset      = declare(route{"/thermostats/create_climate_preset", onlyIfNotSent, anyCredential, thermostat})
	routeUpdateClimatePreset      = declare(route{"/thermostats/update_climate_preset", safeToRepeat, anyCredential, thermostat})
	routeDeleteClimatePreset      = declare(route{"/thermostats/delete_climate_preset", safeToRepeat, anyCredential, thermostat})
	routeSetFallbackClimatePreset = declare(route{"/thermostats/set_fallback_climate_preset", safeToRepeat, workspaceKeys, thermostat})
)

// ClimatePresetRequest is the body of /thermostats/create_climate_preset and
// /thermostats/update_climate_preset: the preset, selected by its device and its key, and the
// settings to set (all of them for a create, only what changes for an update). An update sets
// values, so repeating it changes nothing, and it is retried like a read.
type ClimatePresetRequest struct {
	DeviceID                  string          `json:"device_id"`
	ClimatePresetKey          string          `json:"climate_preset_key"`
	Name                      Change[string]  `json:"name,omitzero"`
	ClimatePresetMode         Change[string]  `json:"climate_preset_mode,omitzero"`
	HVACModeSetting           Change[string]  `json:"hvac_mode_setting,omitzero"`
	FanModeSetting            Change[string]  `json:"fan_mode_setting,omitzero"`
	HeatingSetPointCelsius    Change[float64] `json:"heating_set_point_celsius,omitzero"`
	HeatingSetPointFahrenheit Change[float64] `json:"heating_set_point_fahrenheit,omitzero"`
	CoolingSetPointCelsius    Change[float64] `json:"cooling_set_point_celsius,omitzero"`
	CoolingSetPointFahrenheit Change[float64] `json:"cooling_set_point_fahrenheit,omitzero"`
	ManualOverrideAllowed     Change[bool]    `json:"manual_override_allowed,omitzero"`
}

// CreateClimatePreset calls /thermostats/create_climate_preset. Seam answers with no object and
// no action attempt: the preset is read back from the device. It is retried only when Seam
// provably did not receive it.
func (c *Client) CreateClimatePreset(ctx context.Context, req ClimatePresetRequest) error {
	return c.call(ctx, routeCreateClimatePreset, req, ignoreBody)
}

// UpdateClimatePreset calls /thermostats/update_climate_preset, which answers with no object.
func (c *Client) UpdateClimatePreset(ctx context.Context, req ClimatePresetRequest) error {
	return c.call(ctx, routeUpdateClimatePreset, req, ignoreBody)
}

// DeleteClimatePreset calls /thermostats/delete_climate_preset.
func (c *Client) DeleteClimatePreset(ctx context.Context, deviceID, key string) error {
	return c.call(ctx, routeDeleteClimatePreset, presetSelector{deviceID, key}, ignoreBody)
}

// SetFallbackClimatePreset calls /thermostats/set_fallback_climate_preset: the preset with key
// becomes the thermostat's fallback. Seam has no route that clears a fallback.
func (c *Client) SetFallbackClimatePreset(ctx context.Context, deviceID, key string) error {
	return c.call(ctx, routeSetFallbackClimatePreset, presetSelector{deviceID, key}, ignoreBody)
}

type presetSelector struct {
	DeviceID         string `json:"device_id"`
	ClimatePresetKey string `json:"climate_preset_key"`
}

// GetClimatePresets reads a thermostat's presets and fallback from /devices/get.
func (c *Client) GetClimatePresets(ctx context.Context, deviceID string) (*ClimatePresets, error) {
	d, err := c.GetDevice(ctx, deviceID)
	if err != nil {
		return nil, err
	}
	return d.ClimatePresets(), nil
}

// ClimatePresets are the device's presets and fallback (none, for a device that is not a
// thermostat).
func (d *Device) ClimatePresets() *ClimatePresets {
	return &ClimatePresets{DeviceID: d.DeviceID, WorkspaceID: d.WorkspaceID, Presets: d.Properties.AvailableClimatePresets,
		FallbackKey: d.Properties.FallbackClimatePresetKey}
}
