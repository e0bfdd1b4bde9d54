package noisethreshold

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/resourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// defaultTimeout is how long a write waits for the sensor when the timeouts block says not.
const defaultTimeout = 2 * time.Minute

var (
	_ resource.ResourceWithIdentity         = (*noiseThresholdResource)(nil)
	_ resource.ResourceWithImportState      = (*noiseThresholdResource)(nil)
	_ resource.ResourceWithConfigValidators = (*noiseThresholdResource)(nil)
)

type noiseThresholdResource struct{ shared.ResourceBase }

func NewResource() resource.Resource {
	return &noiseThresholdResource{shared.ResourceBase{Object: descriptor}}
}

func (r *noiseThresholdResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	attrs, diags := attributes.ResourceAttributes()
	resp.Diagnostics.Append(diags...)
	resp.Schema = schema.Schema{
		Description: "Creates and manages a noise threshold of a Seam noise sensor: the level of noise it tolerates between two " +
			"times of each day (quiet hours). Each write waits until the sensor has carried it out (Seam's action attempt), " +
			"for as long as `timeouts` allows. The name, the daily times and the level change in place; another device " +
			"replaces the threshold. A sensor's own thresholds can be adopted with `terraform query` or imported by ID.",
		Attributes: attrs,
	}
}

func (r *noiseThresholdResource) ConfigValidators(context.Context) []resource.ConfigValidator {
	return []resource.ConfigValidator{resourcevalidator.ExactlyOneOf(path.MatchRoot(attrDecibels), path.MatchRoot(attrNRS))}
}

// Create makes the threshold, never two, then waits for the sensor. Seam's threshold has no
// key: the provider lists the sensor's thresholds first, so that a lost answer is settled by
// the one new threshold that holds what was asked. Creates on one sensor are held in turn, so
// that each settles among its own. A sensor that fails or outlasts the wait leaves the
// threshold in the state with the error: Terraform marks it tainted, and the next apply
// replaces it, so that one threshold remains.
func (r *noiseThresholdResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	plan := shared.AttrsOf(req.Plan.Raw)
	ctx, client, ok := r.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return
	}
	wait, diags := shared.Timeout(ctx, req.Plan, "create", defaultTimeout)
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	ask := seam.CreateNoiseThresholdRequest{DeviceID: plan.String(attrDeviceID), Name: plan.StringPointer(attrName),
		StartsDailyAt: plan.String(attrStartsDailyAt), EndsDailyAt: plan.String(attrEndsDailyAt),
		NoiseThresholdDecibels: plan.Float64(attrDecibels), NoiseThresholdNRS: plan.Float64(attrNRS)}
	action := fmt.Sprintf("Creating the noise threshold from %s to %s on device %q", ask.StartsDailyAt, ask.EndsDailyAt, ask.DeviceID)
	workspace, err := client.Workspace(ctx)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action+": asking Seam for the credential's workspace", err, r.Provider.CredentialSource))
		return
	}
	defer r.Provider.HoldKey(descriptor, ask.DeviceID)()
	lost := shared.LostCreate[seam.NoiseThreshold]{Object: descriptor, Action: action, Source: r.Provider.CredentialSource, Get: get}
	if d := lost.SettleByNewOne(ctx, client, "on the device with the times and level asked for",
		func(ctx context.Context, c *seam.Client) ([]seam.NoiseThreshold, error) {
			return c.ListNoiseThresholds(ctx, ask.DeviceID)
		},
		func(t *seam.NoiseThreshold) string { return t.NoiseThresholdID }, holds(ask)); d != nil {
		resp.Diagnostics.Append(d)
		return
	}
	made, attempt, err := client.CreateNoiseThreshold(ctx, ask)
	if err != nil {
		made, diags = lost.Settle(ctx, client, err)
		if resp.Diagnostics.Append(diags...); made == nil {
			return
		}
	}
	resp.Diagnostics.Append(shared.RecordWorkspace(ctx, resp.Private, workspace)...)
	save(&resp.State, made, req.Plan.Raw)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, made.NoiseThresholdID)...)
	if attempt != nil {
		resp.Diagnostics.Append(waitFor(ctx, client, attempt, wait, action, r.Provider.CredentialSource,
			fmt.Sprintf("Seam holds the threshold (%s): Terraform keeps it in the state, marked tainted, and the next apply "+
				"replaces it.", made.NoiseThresholdID))...)
	}
}

func (r *noiseThresholdResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	ctx, client, found := shared.ReadObject(ctx, &r.ResourceBase, req, resp, get)
	if found == nil {
		return
	}
	diags := shared.RecordFoundWorkspace(ctx, client, req.Private, resp.Private, descriptor.Noun, found.NoiseThresholdID,
		r.Provider.CredentialSource)
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	save(&resp.State, found, req.State.Raw)
}

// Update sends what changed, selecting the threshold by its ID and its sensor's, waits for the
// sensor, and reads the threshold back: Seam's update answers only the action attempt. When
// the sensor does not carry it out, the state holds what Seam holds, so that the next plan
// shows the change again.
func (r *noiseThresholdResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	plan, state := shared.AttrsOf(req.Plan.Raw), shared.AttrsOf(req.State.Raw)
	ctx, client, ok := r.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return
	}
	wait, diags := shared.Timeout(ctx, req.Plan, "update", defaultTimeout)
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	id := state.String(attrID)
	action := fmt.Sprintf("Updating noise threshold %q", id)
	attempt, err := client.UpdateNoiseThreshold(ctx, seam.UpdateNoiseThresholdRequest{NoiseThresholdID: id,
		DeviceID: state.String(attrDeviceID), Name: shared.StringChange(plan, state, attrName),
		StartsDailyAt: shared.StringChange(plan, state, attrStartsDailyAt), EndsDailyAt: shared.StringChange(plan, state, attrEndsDailyAt),
		NoiseThresholdDecibels: shared.Float64Change(plan, state, attrDecibels), NoiseThresholdNRS: shared.Float64Change(plan, state, attrNRS)})
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action, err, r.Provider.CredentialSource))
		return
	}
	resp.Diagnostics.Append(waitFor(ctx, client, attempt, wait, action, r.Provider.CredentialSource,
		"The state holds what Seam holds now, and the next plan shows the change again.")...)
	now, err := client.GetNoiseThreshold(ctx, id)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action+": reading it back", err, r.Provider.CredentialSource))
		return
	}
	save(&resp.State, now, req.Plan.Raw)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, id)...)
}

// Delete deletes the threshold, selecting it by its ID and its sensor's, and waits for the
// sensor, behind the workspace guard.
func (r *noiseThresholdResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	state := shared.AttrsOf(req.State.Raw)
	ctx, client, ok := r.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return
	}
	wait, diags := shared.Timeout(ctx, req.State, "delete", defaultTimeout)
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	guard := r.Guard(ctx, client, state, req.Private)
	shared.DeleteGuarded(ctx, guard, func(ctx context.Context) error {
		attempt, err := client.DeleteNoiseThreshold(ctx, state.String(attrDeviceID), guard.ID)
		if err != nil {
			return err
		}
		return waitWithin(ctx, client, attempt, wait)
	}, resp)
}

// waitFor waits up to wait for the sensor to carry out attempt; then says what Terraform does
// with the threshold when it does not.
func waitFor(ctx context.Context, client *seam.Client, attempt *seam.ActionAttempt, wait time.Duration, action string,
	credential shared.Source, then string) diag.Diagnostics {
	if err := waitWithin(ctx, client, attempt, wait); err != nil {
		return diag.Diagnostics{shared.DeviceWriteDiagnostic(action+": waiting for the sensor", err, credential, then)}
	}
	return nil
}

// waitWithin waits up to wait for the sensor to carry out attempt.
func waitWithin(ctx context.Context, client *seam.Client, attempt *seam.ActionAttempt, wait time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	return client.WaitForActionAttempt(ctx, attempt)
}

// holds reports whether a threshold holds what the create asked for.
func holds(ask seam.CreateNoiseThresholdRequest) func(*seam.NoiseThreshold) bool {
	same := func(asked, got *float64) bool { return asked == nil || got != nil && *got == *asked }
	return func(t *seam.NoiseThreshold) bool {
		return t.StartsDailyAt == ask.StartsDailyAt && t.EndsDailyAt == ask.EndsDailyAt && (ask.Name == nil || t.Name == *ask.Name) &&
			same(ask.NoiseThresholdDecibels, t.NoiseThresholdDecibels) && same(ask.NoiseThresholdNRS, t.NoiseThresholdNRS)
	}
}

// save sets the state from Seam's threshold, the timeouts as prior (the plan, or the state)
// has them.
func save(state *tfsdk.State, t *seam.NoiseThreshold, prior tftypes.Value) {
	view := asSeamHasIt(t)
	state.Raw = attributes.ResourceValue(&view, prior)
}

func get(ctx context.Context, client *seam.Client, id string) (*seam.NoiseThreshold, error) {
	return client.GetNoiseThreshold(ctx, id)
}
