package noisethreshold

import (
	"github.com/hashicorp/terraform-plugin-framework-validators/float64validator"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

const (
	attrID               = "id"
	attrNoiseThresholdID = "noise_threshold_id"
	attrDeviceID         = "device_id"
	attrName             = "name"
	attrStartsDailyAt    = "starts_daily_at"
	attrEndsDailyAt      = "ends_daily_at"
	attrDecibels         = "noise_threshold_decibels"
	attrNRS              = "noise_threshold_nrs"
	attrTimeouts         = "timeouts"
)

// threshold is Seam's noise threshold, with its level as a configuration sets it: a threshold
// set in NRS has its decibels from Seam, not from the configuration (decibels nil).
type threshold struct {
	*seam.NoiseThreshold
	decibels *float64
}

// asSet is t with the level it was set by: NRS when Seam holds one, else decibels.
func asSet(t *seam.NoiseThreshold) threshold {
	if t.NoiseThresholdNRS != nil {
		return threshold{NoiseThreshold: t}
	}
	return threshold{NoiseThreshold: t, decibels: t.NoiseThresholdDecibels}
}

// asSeamHasIt is t with every level Seam holds: what a state and a data source read.
func asSeamHasIt(t *seam.NoiseThreshold) threshold {
	return threshold{NoiseThreshold: t, decibels: t.NoiseThresholdDecibels}
}

func thresholdID(t *threshold) string { return t.NoiseThresholdID }

const inPlace = "Changing it updates the threshold in place (`/noise_sensors/noise_thresholds/update`), and waits for the " +
	"sensor to take it."

var level = []validator.Float64{float64validator.AtLeast(0)}

// attributes are the noise threshold's, for the resource, the data source and list results.
var attributes = shared.NewTable([]shared.Attr[threshold]{
	{Name: attrID, Value: shared.String(thresholdID), Doc: "The threshold's ID, the same as `noise_threshold_id`.", Stable: true},
	{Name: attrNoiseThresholdID, Value: shared.String(thresholdID), Seam: "Unique identifier for the noise threshold.",
		Stable: true, Lookup: "The ID of the noise threshold to read."},
	{Name: attrDeviceID, Value: shared.String(func(t *threshold) string { return t.DeviceID }),
		Seam: "Unique identifier for the device that contains the noise threshold.",
		Doc:  "A noise sensor, such as one of `data.seam_devices.x.devices` with `device_type = \"minut_sensor\"`.",
		Arg:  shared.Required, Manage: "Changing it replaces the threshold: Seam cannot move one to another sensor.",
		Validators: shared.NonEmpty, PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}},
	{Name: attrName, Value: shared.String(func(t *threshold) string { return t.Name }), Seam: "Name of the noise threshold.",
		Arg: shared.OptionalComputed, Manage: inPlace + " Left out, Seam names it, and its name is kept and not managed.",
		Validators: shared.NonEmpty},
	{Name: attrStartsDailyAt, Value: shared.String(func(t *threshold) string { return t.StartsDailyAt }),
		Seam: "Time at which the noise threshold should become active daily.",
		Doc:  "In Seam's form, a time of day and the IANA time zone it is in: `22:00:00[Europe/Paris]`.",
		Arg:  shared.Required, Manage: inPlace, Validators: []validator.String{dailyTime{}}},
	{Name: attrEndsDailyAt, Value: shared.String(func(t *threshold) string { return t.EndsDailyAt }),
		Seam: "Time at which the noise threshold should become inactive daily.",
		Doc:  "In Seam's form, as `starts_daily_at`: `07:00:00[Europe/Paris]`. Earlier than the start, it ends the next day.",
		Arg:  shared.Required, Manage: inPlace, Validators: []validator.String{dailyTime{}}},
	{Name: attrDecibels, Value: shared.OptionalFloat64(func(t *threshold) *float64 { return t.decibels }),
		Seam: "Noise level in decibels for the noise threshold.",
		Doc:  "Exactly one of `noise_threshold_decibels` and `noise_threshold_nrs` is set; with the NRS, Seam sets this.",
		Arg:  shared.OptionalComputed, Manage: inPlace, Validators: level,
		PlanModifiers: []planmodifier.Float64{shared.UnknownWhenChanged(attrNRS)}},
	{Name: attrNRS, Value: shared.OptionalFloat64(func(t *threshold) *float64 { return t.NoiseThresholdNRS }),
		Seam: "Noise level in Noiseaware Noise Risk Score (NRS) for the noise threshold. This parameter is only relevant for " +
			"[Noiseaware sensors](https://docs.seam.co/device-and-system-integration-guides/noiseaware-sensors).",
		Arg: shared.OptionalComputed, Manage: inPlace, Validators: level,
		PlanModifiers: []planmodifier.Float64{shared.UnknownWhenChanged(attrDecibels)}},
	{Name: attrTimeouts, Value: shared.Timeouts[threshold](), Scope: shared.ResourceOnly,
		Doc: "How long a create, an update and a delete wait for the sensor to carry it out (Seam's action attempt), as " +
			"durations such as `\"5m\"`; two minutes each by default."},
})
