package climatepreset

import (
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/float64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

const (
	attrID                  = "id"
	attrDeviceID            = "device_id"
	attrWorkspaceID         = "workspace_id"
	attrKey                 = "climate_preset_key"
	attrName                = "name"
	attrDisplayName         = "display_name"
	attrMode                = "climate_preset_mode"
	attrHVACMode            = "hvac_mode_setting"
	attrFanMode             = "fan_mode_setting"
	attrHeatingCelsius      = "heating_set_point_celsius"
	attrHeatingFahrenheit   = "heating_set_point_fahrenheit"
	attrCoolingCelsius      = "cooling_set_point_celsius"
	attrCoolingFahrenheit   = "cooling_set_point_fahrenheit"
	attrCanEdit             = "can_edit"
	attrCanDelete           = "can_delete"
	attrCanUseWithPrograms  = "can_use_with_thermostat_daily_programs"
	attrFallback            = "fallback"
	presetDocsLink          = "(https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets)"
	setPointsLink           = "See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points)."
	inPlace                 = "Changing it updates the preset in place (`/thermostats/update_climate_preset`)."
	keptWhenLeftOut         = " Left out, Seam's value is kept and not managed."
	setPointsConfiguredOnce = " Set it in °C or in °F, not both: Seam answers both, the other worked out from it."
)

// preset is one of a thermostat's climate presets, as Seam's device holds it, with the
// thermostat it is of and whether it is its fallback, as the resource manages that.
type preset struct {
	*seam.ClimatePreset
	deviceID, workspaceID string
	// fallback is null while the configuration leaves the fallback alone, else whether the
	// thermostat falls back to this preset.
	fallback *bool
	// listed holds each set point in one unit, as a list result that configuration is generated
	// from must: a set point is configured in one unit.
	listed bool
}

func presetID(p *preset) string { return idOf(p.deviceID, p.ClimatePresetKey) }

// idOf is the ID of the preset with key on thermostat deviceID.
func idOf(deviceID, key string) string {
	return descriptor.JoinIdentity(map[string]string{attrDeviceID: deviceID, attrKey: key})
}

// setPointIn reads a set point in one unit (read), the other's being other; a list result
// holds it in the unit it was written in, as far as Seam shows: the one whose value is the
// shorter decimal (61 °F, not 16.1111 °C), °C when they are alike.
func setPointIn(celsius bool, read, other func(*seam.ClimatePreset) *float64) shared.Value[preset] {
	return shared.OptionalFloat64(func(p *preset) *float64 {
		v := read(p.ClimatePreset)
		if !p.listed || v == nil {
			return v
		}
		if o := other(p.ClimatePreset); o != nil {
			mine, theirs := decimals(*v), decimals(*o)
			if mine > theirs || mine == theirs && !celsius {
				return nil
			}
		}
		return v
	})
}

// decimals is how many digits the shortest decimal of f has after its point.
func decimals(f float64) int {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}

func heatingC(c *seam.ClimatePreset) *float64 { return c.HeatingSetPointCelsius }
func heatingF(c *seam.ClimatePreset) *float64 { return c.HeatingSetPointFahrenheit }
func coolingC(c *seam.ClimatePreset) *float64 { return c.CoolingSetPointCelsius }
func coolingF(c *seam.ClimatePreset) *float64 { return c.CoolingSetPointFahrenheit }

// setPoint is the row of a set point, configured in its unit or in the other's (counterpart).
func setPoint(name, counterpart, seamSays string, value shared.Value[preset]) shared.Attr[preset] {
	return shared.Attr[preset]{Name: name, Value: value, Seam: seamSays, Arg: shared.OptionalComputed,
		Manage:        inPlace + setPointsConfiguredOnce + keptWhenLeftOut,
		Validators:    []validator.Float64{float64validator.ConflictsWith(path.MatchRoot(counterpart))},
		PlanModifiers: []planmodifier.Float64{shared.UnknownWhenChanged(counterpart)}}
}

func optionalSetting(name, seamSays string, read func(*seam.ClimatePreset) *string, values ...string) shared.Attr[preset] {
	return shared.Attr[preset]{Name: name, Value: shared.OptionalString(func(p *preset) *string { return read(p.ClimatePreset) }),
		Seam: seamSays, Arg: shared.OptionalComputed, Manage: inPlace + keptWhenLeftOut,
		Validators: []validator.String{stringvalidator.OneOf(values...)}}
}

// attributes are the climate preset's, for the resource and list results.
var attributes = shared.NewTable([]shared.Attr[preset]{
	{Name: attrID, Value: shared.String(presetID), Doc: "The thermostat's device ID and the preset's key, joined by `/`: what " +
		"`terraform import` takes.", Stable: true},
	{Name: attrDeviceID, Value: shared.String(func(p *preset) string { return p.deviceID }),
		Doc: "The ID of the thermostat the preset is of, such as one of `data.seam_devices.x.device_ids` with " +
			"`device_type = \"ecobee_thermostat\"`.",
		Arg: shared.Required, Manage: "Changing it replaces the preset: it is made on the other thermostat.",
		Validators: shared.NonEmpty, PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}},
	{Name: attrWorkspaceID, Value: shared.String(func(p *preset) string { return p.workspaceID }),
		Doc: "The ID of the workspace of the thermostat.", Stable: true},
	{Name: attrKey, Value: shared.String(func(p *preset) string { return p.ClimatePresetKey }),
		Seam: "Unique key to identify the [climate preset]" + presetDocsLink + ".",
		Doc:  "Unique among the thermostat's presets; with `device_id`, the resource's identity.",
		Arg:  shared.Required, Manage: "Changing it replaces the preset: Seam's key selects a preset, and no route changes it. " +
			"A key the thermostat already has is an error saying how to import that preset.",
		Validators: shared.NonEmpty, PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}},
	{Name: attrName, Value: shared.OptionalString(func(p *preset) *string { return p.Name }),
		Seam: "User-friendly name to identify the [climate preset]" + presetDocsLink + ".",
		Arg:  shared.OptionalComputed, Manage: inPlace + keptWhenLeftOut, Validators: shared.NonEmpty},
	{Name: attrDisplayName, Value: shared.String(func(p *preset) string { return p.DisplayName }),
		Seam: "Display name for the [climate preset]" + presetDocsLink + "."},
	optionalSetting(attrMode, "The climate preset mode for the thermostat, based on the available climate preset modes reported by the device.",
		func(c *seam.ClimatePreset) *string { return c.ClimatePresetMode }, "home", "away", "wake", "sleep", "occupied", "unoccupied"),
	optionalSetting(attrHVACMode, "Desired [HVAC mode](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/hvac-mode) "+
		"setting, such as `heat`, `cool`, `heat_cool`, or `off`.",
		func(c *seam.ClimatePreset) *string { return c.HVACModeSetting }, "off", "heat", "cool", "heat_cool", "eco"),
	optionalSetting(attrFanMode, "Desired [fan mode setting](https://docs.seam.co/capability-guides/thermostats/configure-current-climate-settings#fan-mode-settings), "+
		"such as `on`, `auto`, or `circulate`.",
		func(c *seam.ClimatePreset) *string { return c.FanModeSetting }, "auto", "on", "circulate"),
	setPoint(attrHeatingCelsius, attrHeatingFahrenheit, "Temperature to which the thermostat should heat (in °C). "+setPointsLink,
		setPointIn(true, heatingC, heatingF)),
	setPoint(attrHeatingFahrenheit, attrHeatingCelsius, "Temperature to which the thermostat should heat (in °F). "+setPointsLink,
		setPointIn(false, heatingF, heatingC)),
	setPoint(attrCoolingCelsius, attrCoolingFahrenheit, "Temperature to which the thermostat should cool (in °C). "+setPointsLink,
		setPointIn(true, coolingC, coolingF)),
	setPoint(attrCoolingFahrenheit, attrCoolingCelsius, "Temperature to which the thermostat should cool (in °F). "+setPointsLink,
		setPointIn(false, coolingF, coolingC)),
	{Name: attrCanEdit, Value: shared.Bool(func(p *preset) bool { return p.CanEdit }),
		Seam: "Indicates whether the [climate preset]" + presetDocsLink + " key can be edited.",
		Doc:  "A change to a preset that cannot be edited is refused at plan time."},
	{Name: attrCanDelete, Value: shared.Bool(func(p *preset) bool { return p.CanDelete }),
		Seam: "Indicates whether the [climate preset]" + presetDocsLink + " key can be deleted.",
		Doc:  "Destroying a preset that cannot be deleted is an error naming it: remove it from the state instead."},
	{Name: attrCanUseWithPrograms, Value: shared.Bool(func(p *preset) bool { return p.CanUseWithDailyPrograms }),
		Seam: "Indicates whether the [climate preset]" + presetDocsLink + " key can be programmed in a thermostat daily program."},
	{Name: attrFallback, Value: shared.OptionalBool(func(p *preset) *bool { return p.fallback }), Scope: shared.ResourceOnly,
		Doc: "Whether the thermostat falls back to this preset (Seam's \"fallback\" climate preset, for while a unit is " +
			"unoccupied).",
		Arg: shared.Optional,
		Manage: "`true` sets it (`/thermostats/set_fallback_climate_preset`) and keeps it so: another preset made the " +
			"fallback outside Terraform is a change back. A thermostat has one fallback: two presets of one thermostat " +
			"that claim it are an error at plan time. `false` or left out, the resource leaves the fallback alone. Seam has " +
			"no route that clears a fallback: destroying the fallback preset deletes it, and the thermostat is left " +
			"without one until another preset claims it."},
})
