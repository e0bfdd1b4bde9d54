package useridentity

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

const resourceType = "seam_user_identity"

var (
	_ resource.ResourceWithConfigure   = (*userIdentityResource)(nil)
	_ resource.ResourceWithImportState = (*userIdentityResource)(nil)
	_ resource.ResourceWithIdentity    = (*userIdentityResource)(nil)
)

type userIdentityResource struct {
	provider *shared.ProviderData
}

func NewResource() resource.Resource { return &userIdentityResource{} }

func (r *userIdentityResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_user_identity"
}

func (r *userIdentityResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	r.provider = pd
}

// IdentitySchema is the resource identity (Terraform 1.12+): the user identity's Seam ID.
func (r *userIdentityResource) IdentitySchema(_ context.Context, _ resource.IdentitySchemaRequest, resp *resource.IdentitySchemaResponse) {
	resp.IdentitySchema = shared.IdentitySchema(descriptor)
}

// ImportState takes the Seam ID, from an import ID or an identity; Read fills the rest.
func (r *userIdentityResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	shared.ImportByID(ctx, descriptor, req, resp)
}

func (r *userIdentityResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan userIdentityModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	identity, diags := r.create(ctx, client, plan.fields())
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(plan.fill(ctx, identity)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, plan.ID.ValueString())...)
}

func (r *userIdentityResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state userIdentityModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	// Set before anything else: the framework wants an identity even when Read removes the
	// resource (deleted outside Terraform), and Terraform before 1.12 sends none.
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, state.ID.ValueString())...)
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	identity := shared.ReadGuarded(ctx, r.guard(client, state), func(ctx context.Context) (*seam.UserIdentity, error) {
		return client.GetUserIdentity(ctx, seam.UserIdentityLookup{UserIdentityID: id})
	}, resp)
	if identity == nil {
		return
	}
	resp.Diagnostics.Append(state.fill(ctx, identity)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// Update sends every argument, a removed one as null, then reads the identity back: Seam's
// update answers with no object. A new key another identity holds is refused first, naming it.
func (r *userIdentityResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state userIdentityModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := plan.ID.ValueString()
	key := plan.UserIdentityKey
	if !key.IsNull() && !key.Equal(state.UserIdentityKey) {
		if d := r.keyCheck().Free(ctx, client, key.ValueString(), id); d != nil {
			resp.Diagnostics.Append(d)
			return
		}
	}
	action := fmt.Sprintf("Updating user identity %q", id)
	err := client.UpdateUserIdentity(ctx, id, plan.changes(state))
	var taken *seam.AlreadyExistsError
	switch {
	case errors.As(err, &taken) && !key.IsNull():
		resp.Diagnostics.Append(r.keyTaken(ctx, client, key.ValueString(), id, err)...)
		return
	case err != nil:
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action, err, r.provider.CredentialSource))
		return
	}
	identity, err := client.GetUserIdentity(ctx, seam.UserIdentityLookup{UserIdentityID: id})
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action+": reading it back", err, r.provider.CredentialSource))
		return
	}
	resp.Diagnostics.Append(plan.fill(ctx, identity)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, id)...)
}

func (r *userIdentityResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state userIdentityModel
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
	shared.DeleteGuarded(ctx, r.guard(client, state), func(ctx context.Context) error { return client.DeleteUserIdentity(ctx, id) }, resp)
}

// guard is the workspace check for the identity in the state, which records Seam's workspace_id.
func (r *userIdentityResource) guard(client *seam.Client, state userIdentityModel) shared.WorkspaceGuard {
	return shared.WorkspaceGuard{Object: descriptor, ID: state.ID.ValueString(), Had: state.WorkspaceID.ValueString(), Client: client,
		Source: r.provider.CredentialSource}
}
