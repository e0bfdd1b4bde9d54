package useridentity

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var (
	_ resource.ResourceWithIdentity    = (*userIdentityResource)(nil)
	_ resource.ResourceWithImportState = (*userIdentityResource)(nil)
)

type userIdentityResource struct{ shared.ResourceBase }

func NewResource() resource.Resource {
	return &userIdentityResource{shared.ResourceBase{Object: descriptor, Remove: func(ctx context.Context, client *seam.Client, id string) error {
		return client.DeleteUserIdentity(ctx, id)
	}}}
}

func (r *userIdentityResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	attrs, diags := attributes.ResourceAttributes()
	resp.Diagnostics.Append(diags...)
	resp.Schema = schema.Schema{
		Description: "Creates and manages a Seam user identity: one end user of your app, whom client sessions, Connect " +
			"Webviews, access grants and access systems refer to. Every argument is updated in place (`/user_identities/update`, " +
			"which sends only what changed).",
		Attributes: attrs,
	}
}

func (r *userIdentityResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	ctx, client, ok := r.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return
	}
	identity, diags := r.create(ctx, client, fieldsOf(shared.AttrsOf(req.Plan.Raw)))
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	resp.State.Raw = attributes.ResourceValue(identity, req.Plan.Raw)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, identity.UserIdentityID)...)
}

func (r *userIdentityResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	if _, _, identity := shared.ReadObject(ctx, &r.ResourceBase, req, resp, getIdentity); identity != nil {
		resp.State.Raw = attributes.ResourceValue(identity, req.State.Raw)
	}
}

// Update sends only what changed, a removed argument as null, then reads the identity back:
// Seam's update answers with no object. Seam's user_identity_key is a value the update sets
// (user_identity_id selects): a new key another identity holds is refused first, naming it.
func (r *userIdentityResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	plan, state := shared.AttrsOf(req.Plan.Raw), shared.AttrsOf(req.State.Raw)
	ctx, client, ok := r.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return
	}
	id, key := plan.String(attrID), plan.StringPointer(attrUserIdentityKey)
	if key != nil && !plan[attrUserIdentityKey].Equal(state[attrUserIdentityKey]) {
		if d := r.keyCheck().Free(ctx, client, *key, id); d != nil {
			resp.Diagnostics.Append(d)
			return
		}
	}
	action := fmt.Sprintf("Updating user identity %q", id)
	err := client.UpdateUserIdentity(ctx, id, changesOf(plan, state))
	var taken *seam.AlreadyExistsError
	switch {
	case errors.As(err, &taken) && key != nil:
		resp.Diagnostics.Append(r.keyTaken(ctx, client, *key, id, err)...)
		return
	case err != nil:
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action, err, r.Provider.CredentialSource))
		return
	}
	identity, err := getIdentity(ctx, client, id)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action+": reading it back", err, r.Provider.CredentialSource))
		return
	}
	resp.State.Raw = attributes.ResourceValue(identity, req.Plan.Raw)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, id)...)
}

// fieldsOf are the arguments as Seam takes them; null is nil.
func fieldsOf(plan shared.Attrs) seam.UserIdentityFields {
	return seam.UserIdentityFields{UserIdentityKey: plan.StringPointer(attrUserIdentityKey), EmailAddress: plan.StringPointer(attrEmailAddress),
		PhoneNumber: plan.StringPointer(attrPhoneNumber), FullName: plan.StringPointer(attrFullName)}
}

// changesOf are what an update from state to plan sends: only the fields that differ.
func changesOf(plan, state shared.Attrs) seam.UserIdentityChanges {
	return seam.UserIdentityChanges{UserIdentityKey: shared.StringChange(plan, state, attrUserIdentityKey),
		EmailAddress: shared.StringChange(plan, state, attrEmailAddress), PhoneNumber: shared.StringChange(plan, state, attrPhoneNumber),
		FullName: shared.StringChange(plan, state, attrFullName)}
}
