package climatepreset

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// held is a preset as its thermostat holds it, beside the thermostat's other presets and
// fallback.
type held struct {
	thermostat *seam.ClimatePresets
	preset     *seam.ClimatePreset
}

// view is the preset as the state holds it; fallback says whether the configuration manages
// the fallback (true: the state holds whether it is the fallback; else as it was).
func (h *held) view(fallback *bool) preset {
	if fallback != nil && *fallback {
		is := h.thermostat.IsFallback(h.preset.ClimatePresetKey)
		fallback = &is
	}
	return preset{ClimatePreset: h.preset, deviceID: h.thermostat.DeviceID, workspaceID: h.thermostat.WorkspaceID, fallback: fallback}
}

// get reads the preset with ID "device_id/climate_preset_key" from its thermostat's device.
// Seam has no get route: a thermostat without the key is the preset's "not found".
func get(ctx context.Context, client *seam.Client, id string) (*held, error) {
	values := descriptor.IdentityValues(id)
	deviceID, key := values[attrDeviceID], values[attrKey]
	if deviceID == "" {
		return nil, fmt.Errorf("%q is not a climate preset's ID, <device_id>/<climate_preset_key>", id)
	}
	thermostat, err := client.GetClimatePresets(ctx, deviceID)
	if err != nil {
		return nil, err
	}
	p := thermostat.Find(key)
	if p == nil {
		return nil, &seam.NotFoundError{Object: descriptor.Noun, APIError: &seam.APIError{StatusCode: http.StatusNotFound,
			Type: "climate_preset_not_found", Message: fmt.Sprintf("thermostat %s has no climate preset %q", deviceID, key)}}
	}
	return &held{thermostat: thermostat, preset: p}, nil
}

// lookup finds the preset with key on thermostat deviceID, or nil: how a lost create is settled.
func lookup(deviceID string) func(context.Context, *seam.Client, string) (*held, error) {
	return func(ctx context.Context, client *seam.Client, key string) (*held, error) {
		h, err := get(ctx, client, idOf(deviceID, key))
		var notFound *seam.NotFoundError
		if errors.As(err, &notFound) {
			return nil, nil
		}
		return h, err
	}
}
