package climatepreset

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewListResource finds a thermostat's climate presets for `terraform query`, its own among
// them, each set point in one unit, so that generated configuration sets each once, and without
// a claim on the fallback, which adoption leaves alone.
func NewListResource() list.ListResource {
	return &shared.ListResource[preset]{
		ResourceBase: shared.ResourceBase{Object: descriptor},
		Doc: "Finds the climate presets of a thermostat for `terraform query`, those it came with among them, to adopt with " +
			"import blocks. Each set point is given in one unit, the one whose value is the shorter decimal (°C when alike); the " +
			"fallback is left unmanaged. A preset holds no secret.",
		Filters: map[string]listschema.Attribute{
			attrDeviceID: listschema.StringAttribute{Required: true, Validators: shared.NonEmpty,
				Description: "The thermostat whose presets to find (Seam holds presets in their device)."},
		},
		Table: attributes, ID: presetID, Display: func(p *preset) string { return p.DisplayName },
		Find: func(ctx context.Context, client *seam.Client, config shared.Attrs, _ bool) ([]preset, error) {
			thermostat, err := client.GetClimatePresets(ctx, config.String(attrDeviceID))
			if err != nil {
				return nil, err
			}
			out := make([]preset, len(thermostat.Presets))
			for i := range thermostat.Presets {
				out[i] = preset{ClimatePreset: &thermostat.Presets[i], deviceID: thermostat.DeviceID, workspaceID: thermostat.WorkspaceID,
					listed: true}
			}
			return out, nil
		},
	}
}
