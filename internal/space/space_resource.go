package space

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var (
	_ resource.ResourceWithConfigure   = (*spaceResource)(nil)
	_ resource.ResourceWithImportState = (*spaceResource)(nil)
	_ resource.ResourceWithIdentity    = (*spaceResource)(nil)
	_ resource.ResourceWithModifyPlan  = (*spaceResource)(nil)
)

// ModifyPlan refuses, at plan time, a new space_key another space holds: the replacement
// would destroy this space and then fail to make its successor.
func (r *spaceResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	resp.Diagnostics.Append(shared.PlanKeyChange(ctx, r.provider, r.keyCheck(), req)...)
}

// rotate says what create_before_destroy needs, for the key-taken error.
const rotate = "the old space keeps the key until it is destroyed. Drop create_before_destroy, or give the successor another space_key."

type spaceResource struct {
	provider *shared.ProviderData
}

func NewResource() resource.Resource { return &spaceResource{} }

func (r *spaceResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_space"
}

func (r *spaceResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	r.provider = pd
}

// IdentitySchema is the resource identity (Terraform 1.12+): the space's Seam ID.
func (r *spaceResource) IdentitySchema(_ context.Context, _ resource.IdentitySchemaRequest, resp *resource.IdentitySchemaResponse) {
	resp.IdentitySchema = shared.IdentitySchema(descriptor)
}

// ImportState takes the Seam ID, from an import ID or an identity; Read fills the rest.
func (r *spaceResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	shared.ImportByID(ctx, descriptor, req, resp)
}

// Create makes the space, never two: with a key it first checks that the key is free (holding
// the key against this configuration's other spaces until the create is settled), and a lost
// answer is settled by the key; without one, by the one new space that matches.
func (r *spaceResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan spaceResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	request, diags := plan.createRequest(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	lost := shared.LostCreate[seam.Space]{Object: descriptor, Action: fmt.Sprintf("Creating the space %q", request.Name),
		Source: r.provider.CredentialSource, Get: getSpace}
	if key := request.SpaceKey; key != "" {
		lost.Action = fmt.Sprintf("Creating the space with %s %q", attrSpaceKey, key)
		defer r.provider.HoldKey(descriptor, key)()
		if d := lost.SettleByKey(ctx, client, r.keyCheck(), key, madeBy(request)); d != nil {
			resp.Diagnostics.Append(d)
			return
		}
	} else if d := lost.SettleByNewOne(ctx, client, fmt.Sprintf("named %q", request.Name),
		listSpaces(seam.SpaceFilter{Search: request.Name}), spaceID, madeBy(request)); d != nil {
		resp.Diagnostics.Append(d)
		return
	}
	sp, err := client.CreateSpace(ctx, request)
	if err != nil {
		sp, diags = lost.Settle(ctx, client, err)
		resp.Diagnostics.Append(diags...)
		if sp == nil {
			return
		}
	}
	resp.Diagnostics.Append(r.save(ctx, client, &plan, sp, "Creating the space")...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, plan.ID.ValueString())...)
}

// save fills the state from Seam's space and the devices Seam lists in it.
func (r *spaceResource) save(ctx context.Context, client *seam.Client, m *spaceResourceModel, sp *seam.Space, action string) diag.Diagnostics {
	devices, err := spaceDevices(ctx, client, sp.SpaceID)
	if err != nil {
		return diag.Diagnostics{shared.APIErrorDiagnostic(fmt.Sprintf("%s: listing the devices of space %q", action, sp.SpaceID), err,
			r.provider.CredentialSource)}
	}
	diags := m.fill(ctx, sp, devices)
	diags.Append(m.fillEntrances(ctx, sp)...)
	return diags
}

func (r *spaceResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state spaceResourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	// Set before anything else: the framework wants an identity even when Read removes the
	// resource (deleted outside Terraform), and Terraform before 1.12 sends none.
	id := state.ID.ValueString()
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, id)...)
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	sp := shared.ReadGuarded(ctx, r.guard(client, state), func(ctx context.Context) (*seam.Space, error) {
		return client.GetSpace(ctx, seam.SpaceLookup{SpaceID: id})
	}, resp)
	if sp == nil {
		return
	}
	resp.Diagnostics.Append(r.save(ctx, client, &state, sp, fmt.Sprintf("Reading space %q", id))...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// Update sends /spaces/update only what changed: the name, the devices and the entrances. A
// new space_key replaces the space instead: Seam's key selects a space, and no route changes it.
func (r *spaceResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state spaceResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := plan.ID.ValueString()
	request, diags := plan.updateRequest(ctx, state)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	action := fmt.Sprintf("Updating space %q", id)
	sp, err := client.UpdateSpace(ctx, request)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action, err, r.provider.CredentialSource))
		return
	}
	resp.Diagnostics.Append(r.save(ctx, client, &plan, sp, action)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, id)...)
}

func (r *spaceResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state spaceResourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	shared.DeleteGuarded(ctx, r.guard(client, state), func(ctx context.Context) error { return client.DeleteSpace(ctx, id) }, resp)
}

// keyCheck checks that a space_key is free before a create or a key change.
func (r *spaceResource) keyCheck() shared.KeyCheck[seam.Space] {
	return shared.KeyCheck[seam.Space]{Object: descriptor, KeyAttr: attrSpaceKey, Lookup: lookupKey, ID: spaceID, Rotate: rotate,
		Source: r.provider.CredentialSource}
}

// guard is the workspace check for the space in the state, which records Seam's workspace_id.
func (r *spaceResource) guard(client *seam.Client, state spaceResourceModel) shared.WorkspaceGuard {
	return shared.WorkspaceGuard{Object: descriptor, ID: state.ID.ValueString(), Had: state.WorkspaceID.ValueString(), Client: client,
		Source: r.provider.CredentialSource}
}
