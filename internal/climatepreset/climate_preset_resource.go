package climatepreset

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var (
	_ resource.ResourceWithIdentity    = (*climatePresetResource)(nil)
	_ resource.ResourceWithImportState = (*climatePresetResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*climatePresetResource)(nil)
	_ resource.ResourceWithConfigure   = (*climatePresetResource)(nil)
)

type climatePresetResource struct{ shared.ResourceBase }

func NewResource() resource.Resource {
	return &climatePresetResource{shared.ResourceBase{Object: descriptor}}
}

// settings are the preset's arguments that Seam's update sets.
var settings = []string{attrName, attrMode, attrHVACMode, attrFanMode, attrHeatingCelsius, attrHeatingFahrenheit, attrCoolingCelsius,
	attrCoolingFahrenheit}

func (r *climatePresetResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	attrs, diags := attributes.ResourceAttributes()
	resp.Diagnostics.Append(diags...)
	resp.Schema = schema.Schema{
		Description: "Creates and manages one of a Seam thermostat's climate presets: a named set of HVAC mode, heating and " +
			"cooling set points and fan mode, which schedules and the thermostat's fallback refer to by key. Its settings " +
			"change in place; another thermostat or key replaces it. Seam answers its writes at once (no action attempt to " +
			"wait for) and holds presets in their thermostat's device: the resource reads them there. A preset Seam marks " +
			"as not editable or not deletable is refused, naming it. Import with `<device_id>/<climate_preset_key>`, or an " +
			"identity of both.",
		Attributes: attrs,
	}
}

// ModifyPlan refuses at plan time what Seam would refuse or what would fight: two presets of
// one thermostat that both claim its fallback, and a change to a preset Seam marks as not
// editable.
func (r *climatePresetResource) ModifyPlan(_ context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() {
		return
	}
	plan := shared.AttrsOf(req.Plan.Raw)
	if fallback := plan.Bool(attrFallback); fallback != nil && *fallback && plan.Known(attrDeviceID) && plan.Known(attrKey) && r.Provider != nil {
		deviceID, key := plan.String(attrDeviceID), plan.String(attrKey)
		if other := r.Provider.ClaimFallback(deviceID, key); other != "" {
			resp.Diagnostics.AddAttributeError(path.Root(attrFallback), "Two fallbacks for one thermostat",
				fmt.Sprintf("The climate presets %q and %q of thermostat %q both set fallback = true, and a thermostat has one "+
					"fallback preset: applying both would leave whichever was set last. Set fallback = true on one of them.",
					other, key, deviceID))
		}
	}
	if req.State.Raw.IsNull() {
		return
	}
	state := shared.AttrsOf(req.State.Raw)
	if canEdit := state.Bool(attrCanEdit); canEdit != nil && !*canEdit {
		if changed := changedSettings(plan, state); len(changed) > 0 {
			resp.Diagnostics.AddError("Climate preset cannot be edited",
				fmt.Sprintf("Seam marks the climate preset %q of thermostat %q as not editable (can_edit = false), and this plan "+
					"changes its %s. Take the change out of the configuration: this preset's settings are the thermostat's own.",
					state.String(attrKey), state.String(attrDeviceID), strings.Join(changed, ", ")))
		}
	}
}

// changedSettings are the settings a plan changes from the state; an unknown one (a set point
// worked out from the other unit) is not a change of its own.
func changedSettings(plan, state shared.Attrs) []string {
	var out []string
	for _, name := range settings {
		if plan.Known(name) && !plan[name].Equal(state[name]) {
			out = append(out, name)
		}
	}
	return out
}

// Create makes the preset on its thermostat, after checking that the key is free there (held
// per thermostat, so that two presets with one key get the provider's guidance, not Seam's
// refusal), then sets the fallback if claimed, and reads it back from the device: Seam's create
// answers with no object. A lost answer is settled by the preset under the key, adopted when it
// holds what was asked.
func (r *climatePresetResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	plan := shared.AttrsOf(req.Plan.Raw)
	ctx, client, ok := r.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return
	}
	deviceID, key := plan.String(attrDeviceID), plan.String(attrKey)
	id := idOf(deviceID, key)
	action := fmt.Sprintf("Creating the climate preset %q on thermostat %q", key, deviceID)
	defer r.Provider.HoldKey(descriptor, deviceID)()
	thermostat, err := client.GetClimatePresets(ctx, deviceID)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action+": reading the thermostat", err, r.Provider.CredentialSource))
		return
	}
	if thermostat.Find(key) != nil {
		resp.Diagnostics.AddAttributeError(path.Root(attrKey), "Climate preset key taken",
			fmt.Sprintf("%s: the thermostat already has a climate preset %q. To manage it, import it (%s, or an import block "+
				"with identity = { device_id = %q, climate_preset_key = %q }); or choose another key.", action, key,
				descriptor.ImportCommand(id), deviceID, key))
		return
	}
	ask := request(plan, nil)
	lost := shared.LostCreate[held]{Object: descriptor, Action: action, Source: r.Provider.CredentialSource, Get: get,
		Find: shared.FindByKey(descriptor, attrKey, key, lookup(deviceID), holds(ask),
			func(h *held) string { return idOf(deviceID, h.preset.ClimatePresetKey) })}
	if err := client.CreateClimatePreset(ctx, ask); err != nil {
		made, diags := lost.Settle(ctx, client, err)
		if resp.Diagnostics.Append(diags...); made == nil {
			return
		}
	}
	resp.Diagnostics.Append(r.finish(ctx, client, id, action, req.Plan.Raw, &resp.State, resp.Identity)...)
}

// finish sets the fallback when the plan claims it and the thermostat does not fall back to
// the preset yet, then saves the preset as Seam holds it (prior: the plan, for what Seam does
// not hold).
func (r *climatePresetResource) finish(ctx context.Context, client *seam.Client, id, action string, prior tftypes.Value,
	state *tfsdk.State, identity *tfsdk.ResourceIdentity) diag.Diagnostics {
	var diags diag.Diagnostics
	h, err := get(ctx, client, id)
	if err != nil {
		diags.Append(shared.APIErrorDiagnostic(action+": reading it back from the thermostat", err, r.Provider.CredentialSource))
		return diags
	}
	claims := shared.AttrsOf(prior).Bool(attrFallback)
	if claims != nil && *claims && !h.thermostat.IsFallback(h.preset.ClimatePresetKey) {
		if err := client.SetFallbackClimatePreset(ctx, h.thermostat.DeviceID, h.preset.ClimatePresetKey); err != nil {
			diags.Append(shared.APIErrorDiagnostic(action+": making it the thermostat's fallback", err, r.Provider.CredentialSource))
		} else if h, err = get(ctx, client, id); err != nil {
			diags.Append(shared.APIErrorDiagnostic(action+": reading it back from the thermostat", err, r.Provider.CredentialSource))
			return diags
		}
	}
	view := h.view(claims)
	state.Raw = attributes.ResourceValue(&view, prior)
	diags.Append(shared.SetIdentity(ctx, identity, descriptor, id)...)
	return diags
}

func (r *climatePresetResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	_, _, h := shared.ReadObject(ctx, &r.ResourceBase, req, resp, get)
	if h == nil {
		return
	}
	view := h.view(shared.AttrsOf(req.State.Raw).Bool(attrFallback))
	resp.State.Raw = attributes.ResourceValue(&view, req.State.Raw)
}

// Update sends the settings that changed, selecting the preset by its thermostat and key,
// refuses a preset Seam marks as not editable (checked at plan time too, and again here, as
// Seam may have marked it since), and sets the fallback when claimed.
func (r *climatePresetResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	plan, state := shared.AttrsOf(req.Plan.Raw), shared.AttrsOf(req.State.Raw)
	ctx, client, ok := r.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return
	}
	id := state.String(attrID)
	action := fmt.Sprintf("Updating the climate preset %q of thermostat %q", state.String(attrKey), state.String(attrDeviceID))
	defer r.Provider.HoldKey(descriptor, state.String(attrDeviceID))()
	change := request(plan, state)
	if changed := changedSettings(plan, state); len(changed) > 0 {
		h, err := get(ctx, client, id)
		switch {
		case err != nil:
			resp.Diagnostics.Append(shared.APIErrorDiagnostic(action, err, r.Provider.CredentialSource))
			return
		case !h.preset.CanEdit:
			resp.Diagnostics.AddError("Climate preset cannot be edited",
				fmt.Sprintf("%s: Seam marks it as not editable (can_edit = false), and the plan changes its %s. Take the "+
					"change out of the configuration.", action, strings.Join(changed, ", ")))
			return
		}
		if err := client.UpdateClimatePreset(ctx, change); err != nil {
			resp.Diagnostics.Append(shared.APIErrorDiagnostic(action, err, r.Provider.CredentialSource))
			return
		}
	}
	resp.Diagnostics.Append(r.finish(ctx, client, id, action, req.Plan.Raw, &resp.State, resp.Identity)...)
}

// Delete deletes the preset, behind the workspace guard; one Seam marks as not deletable is an
// error that says how to stop managing it instead. A preset already gone is what the destroy
// wanted.
func (r *climatePresetResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	state := shared.AttrsOf(req.State.Raw)
	ctx, client, ok := r.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return
	}
	defer r.Provider.HoldKey(descriptor, state.String(attrDeviceID))()
	guard := r.Guard(ctx, client, state, req.Private)
	if resp.Diagnostics.Append(guard.Local()...); resp.Diagnostics.HasError() {
		return
	}
	h, err := get(ctx, client, guard.ID)
	if err == nil && !h.preset.CanDelete {
		resp.Diagnostics.AddError("Climate preset cannot be deleted",
			fmt.Sprintf("Seam marks the climate preset %q of thermostat %q as not deletable (can_delete = false): it is the "+
				"thermostat's own, and stays. To stop managing it, remove it from the state instead of destroying it: a "+
				"removed block with lifecycle { destroy = false }, or terraform state rm with its address.",
				h.preset.ClimatePresetKey, h.thermostat.DeviceID))
		return
	}
	shared.DeleteGuarded(ctx, guard, func(ctx context.Context) error {
		if err != nil {
			return err
		}
		return client.DeleteClimatePreset(ctx, h.thermostat.DeviceID, h.preset.ClimatePresetKey)
	}, resp)
}

// request is the body that sets the plan's settings: every known one (a create, state nil),
// or those that differ from the state (an update).
func request(plan, state shared.Attrs) seam.ClimatePresetRequest {
	str := func(name string) seam.Change[string] {
		if state == nil {
			return known(plan.StringPointer(name))
		}
		return shared.StringChange(plan, state, name)
	}
	num := func(name string) seam.Change[float64] {
		if state == nil {
			return known(plan.Float64(name))
		}
		return shared.Float64Change(plan, state, name)
	}
	key := plan.String(attrKey)
	if state != nil {
		key = state.String(attrKey)
	}
	return seam.ClimatePresetRequest{DeviceID: plan.String(attrDeviceID), ClimatePresetKey: key, Name: str(attrName),
		ClimatePresetMode: str(attrMode), HVACModeSetting: str(attrHVACMode), FanModeSetting: str(attrFanMode),
		HeatingSetPointCelsius: num(attrHeatingCelsius), HeatingSetPointFahrenheit: num(attrHeatingFahrenheit),
		CoolingSetPointCelsius: num(attrCoolingCelsius), CoolingSetPointFahrenheit: num(attrCoolingFahrenheit)}
}

// known is a change to *v, or none when v is nil (left out, or unknown until Seam works it out).
func known[T any](v *T) seam.Change[T] {
	if v == nil {
		return seam.Change[T]{}
	}
	return seam.Set(*v)
}

// holds reports whether a preset holds what the create asked for.
func holds(ask seam.ClimatePresetRequest) func(*held) bool {
	sameString := func(asked seam.Change[string], got *string) bool {
		v, set := asked.Value()
		return !set || got != nil && *got == v
	}
	sameNumber := func(asked seam.Change[float64], got *float64) bool {
		v, set := asked.Value()
		return !set || got != nil && *got == v
	}
	return func(h *held) bool {
		p := h.preset
		return sameString(ask.Name, p.Name) && sameString(ask.ClimatePresetMode, p.ClimatePresetMode) &&
			sameString(ask.HVACModeSetting, p.HVACModeSetting) && sameString(ask.FanModeSetting, p.FanModeSetting) &&
			sameNumber(ask.HeatingSetPointCelsius, p.HeatingSetPointCelsius) && sameNumber(ask.HeatingSetPointFahrenheit, p.HeatingSetPointFahrenheit) &&
			sameNumber(ask.CoolingSetPointCelsius, p.CoolingSetPointCelsius) && sameNumber(ask.CoolingSetPointFahrenheit, p.CoolingSetPointFahrenheit)
	}
}
