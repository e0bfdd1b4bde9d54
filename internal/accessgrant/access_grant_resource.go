package accessgrant

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/resourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var (
	_ resource.ResourceWithConfigure        = (*accessGrantResource)(nil)
	_ resource.ResourceWithImportState      = (*accessGrantResource)(nil)
	_ resource.ResourceWithIdentity         = (*accessGrantResource)(nil)
	_ resource.ResourceWithModifyPlan       = (*accessGrantResource)(nil)
	_ resource.ResourceWithConfigValidators = (*accessGrantResource)(nil)
)

// ConfigValidators: a grant opens something.
func (r *accessGrantResource) ConfigValidators(context.Context) []resource.ConfigValidator {
	return []resource.ConfigValidator{resourcevalidator.AtLeastOneOf(path.MatchRoot(attrSpaceIDs), path.MatchRoot(attrDeviceIDs),
		path.MatchRoot(attrAcsEntranceIDs))}
}

// rotate says what create_before_destroy needs, for the key-taken error.
const rotate = "the old grant keeps the key until it is destroyed. Drop create_before_destroy, or give the successor another access_grant_key."

type accessGrantResource struct {
	provider *shared.ProviderData
}

func NewResource() resource.Resource { return &accessGrantResource{} }

func (r *accessGrantResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_access_grant"
}

func (r *accessGrantResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	r.provider = pd
}

// IdentitySchema is the resource identity (Terraform 1.12+): the grant's Seam ID.
func (r *accessGrantResource) IdentitySchema(_ context.Context, _ resource.IdentitySchemaRequest, resp *resource.IdentitySchemaResponse) {
	resp.IdentitySchema = shared.IdentitySchema(descriptor)
}

// ImportState takes the Seam ID, from an import ID or an identity; Read fills the rest.
func (r *accessGrantResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	shared.ImportByID(ctx, descriptor, req, resp)
}

// Create makes the grant, never two: with a key it first checks that the key is free (holding
// the key against this configuration's other grants until the create is settled), and a lost
// answer is settled by the key; without one, by the one new grant of the user identity that
// matches.
func (r *accessGrantResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan accessGrantResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	request, diags := plan.createRequest(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	lost := shared.LostCreate[seam.AccessGrant]{Object: descriptor, Source: r.provider.CredentialSource, Get: getGrant,
		Action: fmt.Sprintf("Creating the access grant for user identity %q", request.UserIdentityID)}
	if key := request.AccessGrantKey; key != "" {
		lost.Action = fmt.Sprintf("Creating the access grant with %s %q", attrAccessGrantKey, key)
		defer r.provider.HoldKey(descriptor, key)()
		if d := lost.SettleByKey(ctx, client, r.keyCheck(), key, madeBy(request)); d != nil {
			resp.Diagnostics.Append(d)
			return
		}
	} else if d := lost.SettleByNewOne(ctx, client, "of the user identity with what was asked for",
		listGrants(seam.AccessGrantFilter{UserIdentityID: request.UserIdentityID}), grantID, madeBy(request)); d != nil {
		resp.Diagnostics.Append(d)
		return
	}
	grant, err := client.CreateAccessGrant(ctx, request)
	if err != nil {
		grant, diags = lost.Settle(ctx, client, err)
		resp.Diagnostics.Append(diags...)
		if grant == nil {
			return
		}
	}
	resp.Diagnostics.Append(r.save(ctx, client, &plan, grant, lost.Action)...)
	resp.Diagnostics.Append(shared.RecordArguments(ctx, resp.Private)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, plan.ID.ValueString())...)
}

// save fills the state from Seam's grant and the access methods Seam lists for it.
func (r *accessGrantResource) save(ctx context.Context, client *seam.Client, m *accessGrantResourceModel, g *seam.AccessGrant, action string) diag.Diagnostics {
	methods, err := client.ListAccessMethods(ctx, g.AccessGrantID)
	if err != nil {
		return diag.Diagnostics{shared.APIErrorDiagnostic(fmt.Sprintf("%s: listing the access methods of grant %q", action, g.AccessGrantID),
			err, r.provider.CredentialSource)}
	}
	return m.fill(ctx, g, methods)
}

func (r *accessGrantResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state accessGrantResourceModel
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
	grant := shared.ReadGuarded(ctx, r.guard(client, state), func(ctx context.Context) (*seam.AccessGrant, error) {
		return client.GetAccessGrant(ctx, seam.AccessGrantLookup{AccessGrantID: id})
	}, resp)
	if grant == nil {
		return
	}
	resp.Diagnostics.Append(r.save(ctx, client, &state, grant, fmt.Sprintf("Reading access grant %q", id))...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// Update sends /access_grants/update only what changed of the name and times, then reads the
// grant back: Seam answers with no object. A change Seam keeps nothing of (the devices or
// entrances of an imported grant, taken into the state) sends nothing.
func (r *accessGrantResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state accessGrantResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := plan.ID.ValueString()
	action := fmt.Sprintf("Updating access grant %q", id)
	if request := plan.updateRequest(state); request.Changes() {
		if err := client.UpdateAccessGrant(ctx, request); err != nil {
			resp.Diagnostics.Append(updateRefused(action, state, err, r.provider.CredentialSource))
			return
		}
	}
	grant, err := client.GetAccessGrant(ctx, seam.AccessGrantLookup{AccessGrantID: id})
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action+": reading it back", err, r.provider.CredentialSource))
		return
	}
	resp.Diagnostics.Append(r.save(ctx, client, &plan, grant, action)...)
	resp.Diagnostics.Append(shared.RecordArguments(ctx, resp.Private)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, id)...)
}

func (r *accessGrantResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state accessGrantResourceModel
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
	shared.DeleteGuarded(ctx, r.guard(client, state), func(ctx context.Context) error { return client.DeleteAccessGrant(ctx, id) }, resp)
}

// keyCheck checks that an access_grant_key is free before a create or a key change.
func (r *accessGrantResource) keyCheck() shared.KeyCheck[seam.AccessGrant] {
	return shared.KeyCheck[seam.AccessGrant]{Object: descriptor, KeyAttr: attrAccessGrantKey, Lookup: lookupKey, ID: grantID,
		Rotate: rotate, Source: r.provider.CredentialSource}
}

// guard is the workspace check for the grant in the state, which records Seam's workspace_id.
func (r *accessGrantResource) guard(client *seam.Client, state accessGrantResourceModel) shared.WorkspaceGuard {
	return shared.WorkspaceGuard{Object: descriptor, ID: state.ID.ValueString(), Had: state.WorkspaceID.ValueString(), Client: client,
		Source: r.provider.CredentialSource}
}
