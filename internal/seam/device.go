package seam

import (
	"context"
	"time"
)

// Device is Seam's device object, as far as the provider exposes it: what a configuration
// names a lock or a thermostat by, and where it is. Seam discovers devices; nothing creates
// them.
type Device struct {
	DeviceID              string           `json:"device_id"`
	DeviceType            string           `json:"device_type"`
	DisplayName           string           `json:"display_name"`
	Nickname              *string          `json:"nickname"`
	ConnectedAccountID    string           `json:"connected_account_id"`
	WorkspaceID           string           `json:"workspace_id"`
	SpaceIDs              []string         `json:"space_ids"`
	CapabilitiesSupported []string         `json:"capabilities_supported"`
	CreatedAt             time.Time        `json:"created_at"`
	Properties            DeviceProperties `json:"properties"`
}

// DeviceProperties are the few of a device's properties the provider exposes, and a
// thermostat's climate presets, which no route of Seam's lists but this one.
type DeviceProperties struct {
	Name                     *string         `json:"name"`
	Manufacturer             *string         `json:"manufacturer"`
	Online                   *bool           `json:"online"`
	AvailableClimatePresets  []ClimatePreset `json:"available_climate_presets"`
	FallbackClimatePresetKey *string         `json:"fallback_climate_preset_key"`
}

func (d *Device) missingField() string {
	switch {
	case d.DeviceID == "":
		return "device_id"
	case d.DeviceType == "":
		return "device_type"
	case d.WorkspaceID == "":
		return "workspace_id"
	}
	return ""
}

// Names are the names a device goes by: its display name, nickname and provider's name.
func (d *Device) Names() []string {
	names := []string{d.DisplayName}
	for _, n := range []*string{d.Nickname, d.Properties.Name} {
		if n != nil && *n != "" {
			names = append(names, *n)
		}
	}
	return names
}

var (
	device           = object{"device", "devices", "device_not_found", ""}
	routeGetDevice   = declare(route{"/devices/get", safeToRepeat, anyCredential, device})
	routeListDevices = declare(route{"/devices/list", safeToRepeat, anyCredential, device})
)

// GetDevice calls /devices/get by device ID.
func (c *Client) GetDevice(ctx context.Context, deviceID string) (*Device, error) {
	body := struct {
		DeviceID string `json:"device_id"`
	}{deviceID}
	return callFor[Device](ctx, c, routeGetDevice, body, "device")
}

// DeviceFilter is the body of /devices/list; empty fields do not filter.
type DeviceFilter struct {
	ConnectedAccountID string   `json:"connected_account_id,omitempty"`
	DeviceType         string   `json:"device_type,omitempty"`
	Manufacturer       string   `json:"manufacturer,omitempty"`
	DeviceIDs          []string `json:"device_ids,omitempty"`
	SpaceID            string   `json:"space_id,omitempty"`
}

// ListDevices calls /devices/list, every page, in Seam's order.
func (c *Client) ListDevices(ctx context.Context, f DeviceFilter) ([]Device, error) {
	return listAll[Device](ctx, c, routeListDevices, f, "devices")
}
