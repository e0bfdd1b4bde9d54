package space

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var (
	_ resource.ResourceWithIdentity    = (*spaceResource)(nil)
	_ resource.ResourceWithImportState = (*spaceResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*spaceResource)(nil)
)

// rotate says what create_before_destroy needs, for the key-taken error.
const rotate = "the old space keeps the key until it is destroyed. Drop create_before_destroy, or give the successor another space_key."

type spaceResource struct{ shared.ResourceBase }

func NewResource() resource.Resource {
	return &spaceResource{shared.ResourceBase{Object: descriptor, Remove: func(ctx context.Context, client *seam.Client, id string) error {
		return client.DeleteSpace(ctx, id)
	}}}
}

func (r *spaceResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	attrs, diags := attributes.ResourceAttributes()
	resp.Diagnostics.Append(diags...)
	resp.Schema = schema.Schema{
		Description: "Creates and manages a Seam space: a place (a building, a unit, a room) that holds devices and " +
			"entrances, to which `seam_access_grant` gives access. Its name, devices and entrances are updated in place " +
			"(`/spaces/update`, which sends only what changed); a new `space_key` or `customer_key` replaces it. Replacing " +
			"a space replaces the access grants that refer to it (their `space_ids` change), which issues their people new " +
			"PIN codes and mobile keys.",
		Attributes: attrs,
	}
}

// ModifyPlan refuses, at plan time, a new space_key another space holds: the replacement
// would destroy this space and then fail to make its successor.
func (r *spaceResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	resp.Diagnostics.Append(shared.PlanKeyChange(ctx, r.Provider, r.keyCheck(), req)...)
}

// Create makes the space, never two: with a key it first checks that the key is free (holding
// the key against this configuration's other spaces until the create is settled), and a lost
// answer is settled by the key; without one, by the one new space that matches.
func (r *spaceResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	request := createRequest(shared.AttrsOf(req.Plan.Raw))
	ctx, client, ok := r.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return
	}
	lost := shared.LostCreate[seam.Space]{Object: descriptor, Action: fmt.Sprintf("Creating the space %q", request.Name),
		Source: r.Provider.CredentialSource, Get: getSpace}
	id := func(sp *seam.Space) string { return sp.SpaceID }
	if key := request.SpaceKey; key != "" {
		lost.Action = fmt.Sprintf("Creating the space with %s %q", attrSpaceKey, key)
		defer r.Provider.HoldKey(descriptor, key)()
		if d := lost.SettleByKey(ctx, client, r.keyCheck(), key, madeBy(request)); d != nil {
			resp.Diagnostics.Append(d)
			return
		}
	} else if d := lost.SettleByNewOne(ctx, client, fmt.Sprintf("named %q", request.Name),
		listSpaces(seam.SpaceFilter{Search: request.Name}), id, madeBy(request)); d != nil {
		resp.Diagnostics.Append(d)
		return
	}
	sp, err := client.CreateSpace(ctx, request)
	if err != nil {
		var diags diag.Diagnostics
		sp, diags = lost.Settle(ctx, client, err)
		resp.Diagnostics.Append(diags...)
		if sp == nil {
			return
		}
	}
	resp.Diagnostics.Append(r.save(ctx, client, &resp.State, sp, req.Plan.Raw, "Creating the space")...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, sp.SpaceID)...)
}

func (r *spaceResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	ctx, client, sp := shared.ReadObject(ctx, &r.ResourceBase, req, resp, getSpace)
	if sp != nil {
		resp.Diagnostics.Append(r.save(ctx, client, &resp.State, sp, req.State.Raw, fmt.Sprintf("Reading space %q", sp.SpaceID))...)
	}
}

// Update sends /spaces/update only what changed: the name, the devices and the entrances. A
// new space_key replaces the space instead: Seam's key selects a space, and no route changes it.
func (r *spaceResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	plan, state := shared.AttrsOf(req.Plan.Raw), shared.AttrsOf(req.State.Raw)
	ctx, client, ok := r.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return
	}
	id := state.String(attrID)
	action := fmt.Sprintf("Updating space %q", id)
	sp, err := client.UpdateSpace(ctx, updateRequest(plan, state))
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action, err, r.Provider.CredentialSource))
		return
	}
	resp.Diagnostics.Append(r.save(ctx, client, &resp.State, sp, req.Plan.Raw, action)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, id)...)
}

// save sets the state from Seam's space, the devices Seam lists in it, and the entrances the
// prior plan or state names.
func (r *spaceResource) save(ctx context.Context, client *seam.Client, state *tfsdk.State, sp *seam.Space, prior tftypes.Value,
	action string) diag.Diagnostics {
	devices, err := spaceDevices(ctx, client, sp.SpaceID)
	if err != nil {
		return diag.Diagnostics{shared.APIErrorDiagnostic(fmt.Sprintf("%s: listing the devices of space %q", action, sp.SpaceID), err,
			r.Provider.CredentialSource)}
	}
	entrances, diags := entrancesOf(shared.AttrsOf(prior), sp)
	state.Raw = attributes.ResourceValue(&space{Space: sp, devices: devices, entrances: entrances}, prior)
	return diags
}

// entrancesOf keeps the entrances the prior state names (what Terraform set) while Seam
// counts as many, or none when it counts none; Seam names no entrance, so a count that
// differs is drift the provider can only report.
func entrancesOf(prior shared.Attrs, sp *seam.Space) ([]string, diag.Diagnostics) {
	held := prior.Strings(attrAcsEntranceIDs)
	var diags diag.Diagnostics
	switch {
	case sp.AcsEntranceCount == 0 || held == nil:
		return []string{}, nil
	case int(sp.AcsEntranceCount) != len(held):
		diags.AddWarning("Space entrances changed outside Terraform",
			fmt.Sprintf("Seam counts %d entrances in space %q, and the state names %d. Seam does not say which they are, so "+
				"Terraform cannot plan the change back. Any change to acs_entrance_ids sets the whole list again, as does "+
				"terraform apply -replace.",
				sp.AcsEntranceCount, sp.SpaceID, len(held)))
	}
	return held, diags
}

// keyCheck checks that a space_key is free before a create or a key change.
func (r *spaceResource) keyCheck() shared.KeyCheck[seam.Space] {
	return shared.KeyCheck[seam.Space]{Object: descriptor, KeyAttr: attrSpaceKey, Lookup: lookupKey,
		ID: func(sp *seam.Space) string { return sp.SpaceID }, Rotate: rotate, Source: r.Provider.CredentialSource}
}
