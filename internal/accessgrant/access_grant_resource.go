package accessgrant

import (
	"context"
	"fmt"

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

var (
	_ resource.ResourceWithIdentity         = (*accessGrantResource)(nil)
	_ resource.ResourceWithImportState      = (*accessGrantResource)(nil)
	_ resource.ResourceWithModifyPlan       = (*accessGrantResource)(nil)
	_ resource.ResourceWithConfigValidators = (*accessGrantResource)(nil)
)

// rotate says what create_before_destroy needs, for the key-taken error.
const rotate = "the old grant keeps the key until it is destroyed. Drop create_before_destroy, or give the successor another access_grant_key."

type accessGrantResource struct{ shared.ResourceBase }

func NewResource() resource.Resource {
	return &accessGrantResource{shared.ResourceBase{Object: descriptor, Remove: func(ctx context.Context, client *seam.Client, id string) error {
		return client.DeleteAccessGrant(ctx, id)
	}}}
}

func (r *accessGrantResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	attrs, diags := attributes.ResourceAttributes()
	resp.Diagnostics.Append(diags...)
	resp.Schema = schema.Schema{
		Description: "Creates and manages a Seam access grant: a user identity's access to spaces (or devices, or " +
			"entrances) from `starts_at` to `ends_at`, by the access methods it requests (a PIN code, a card, a mobile key). " +
			"Its name and times change in place (`/access_grants/update`, which sends only what changed); anything else, its " +
			"key included, replaces it, and the plan says so. PIN codes, mobile keys' client session tokens and Instant Key " +
			"URLs are sensitive.",
		Attributes: attrs,
	}
}

// ConfigValidators: a grant opens something.
func (r *accessGrantResource) ConfigValidators(context.Context) []resource.ConfigValidator {
	return []resource.ConfigValidator{resourcevalidator.AtLeastOneOf(path.MatchRoot(attrSpaceIDs), path.MatchRoot(attrDeviceIDs),
		path.MatchRoot(attrAcsEntranceIDs))}
}

// Create makes the grant, never two: with a key it first checks that the key is free (holding
// the key against this configuration's other grants until the create is settled), and a lost
// answer is settled by the key; without one, by the one new grant of the user identity that
// matches.
func (r *accessGrantResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	request := createRequest(shared.AttrsOf(req.Plan.Raw))
	ctx, client, ok := r.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return
	}
	lost := shared.LostCreate[seam.AccessGrant]{Object: descriptor, Source: r.Provider.CredentialSource, Get: getGrant,
		Action: fmt.Sprintf("Creating the access grant for user identity %q", request.UserIdentityID)}
	if key := request.AccessGrantKey; key != "" {
		lost.Action = fmt.Sprintf("Creating the access grant with %s %q", attrAccessGrantKey, key)
		defer r.Provider.HoldKey(descriptor, key)()
		if d := lost.SettleByKey(ctx, client, r.keyCheck(), key, madeBy(request)); d != nil {
			resp.Diagnostics.Append(d)
			return
		}
	} else if d := lost.SettleByNewOne(ctx, client, "of the user identity with what was asked for",
		listGrants(seam.AccessGrantFilter{UserIdentityID: request.UserIdentityID}), seamGrantID, madeBy(request)); d != nil {
		resp.Diagnostics.Append(d)
		return
	}
	g, err := client.CreateAccessGrant(ctx, request)
	if err != nil {
		var diags diag.Diagnostics
		g, diags = lost.Settle(ctx, client, err)
		resp.Diagnostics.Append(diags...)
		if g == nil {
			return
		}
	}
	resp.Diagnostics.Append(r.save(ctx, client, &resp.State, g, req.Plan.Raw, lost.Action)...)
	resp.Diagnostics.Append(shared.RecordArguments(ctx, resp.Private)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, g.AccessGrantID)...)
}

func (r *accessGrantResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	ctx, client, g := shared.ReadObject(ctx, &r.ResourceBase, req, resp, getGrant)
	if g != nil {
		resp.Diagnostics.Append(r.save(ctx, client, &resp.State, g, req.State.Raw, fmt.Sprintf("Reading access grant %q", g.AccessGrantID))...)
	}
}

// Update sends /access_grants/update only what changed of the name and times, then reads the
// grant back: Seam answers with no object. A change Seam keeps nothing of (the devices or
// entrances of an imported grant, taken into the state) sends nothing.
func (r *accessGrantResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	plan, state := shared.AttrsOf(req.Plan.Raw), shared.AttrsOf(req.State.Raw)
	ctx, client, ok := r.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return
	}
	id := state.String(attrID)
	action := fmt.Sprintf("Updating access grant %q", id)
	if request := updateRequest(plan, state); request.Changes() {
		if err := client.UpdateAccessGrant(ctx, request); err != nil {
			resp.Diagnostics.Append(updateRefused(action, state, err, r.Provider.CredentialSource))
			return
		}
	}
	g, err := getGrant(ctx, client, id)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(action+": reading it back", err, r.Provider.CredentialSource))
		return
	}
	resp.Diagnostics.Append(r.save(ctx, client, &resp.State, g, req.Plan.Raw, action)...)
	resp.Diagnostics.Append(shared.RecordArguments(ctx, resp.Private)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, id)...)
}

// save sets the state from Seam's grant, the access methods Seam lists for it, and what the
// prior plan or state asked for that Seam's grant does not keep.
func (r *accessGrantResource) save(ctx context.Context, client *seam.Client, state *tfsdk.State, g *seam.AccessGrant, prior tftypes.Value,
	action string) diag.Diagnostics {
	methods, err := client.ListAccessMethods(ctx, seam.AccessMethodFilter{AccessGrantID: g.AccessGrantID})
	if err != nil {
		return diag.Diagnostics{shared.APIErrorDiagnostic(fmt.Sprintf("%s: listing the access methods of grant %q", action, g.AccessGrantID),
			err, r.Provider.CredentialSource)}
	}
	view := grant{AccessGrant: g, methods: methods, requested: requestedOf(shared.AttrsOf(prior), g.RequestedAccessMethods)}
	state.Raw = attributes.ResourceValue(&view, prior)
	return nil
}

// keyCheck checks that an access_grant_key is free before a create or a key change.
func (r *accessGrantResource) keyCheck() shared.KeyCheck[seam.AccessGrant] {
	return shared.KeyCheck[seam.AccessGrant]{Object: descriptor, KeyAttr: attrAccessGrantKey, Lookup: lookupKey, ID: seamGrantID,
		Rotate: rotate, Source: r.Provider.CredentialSource}
}

func seamGrantID(g *seam.AccessGrant) string { return g.AccessGrantID }
