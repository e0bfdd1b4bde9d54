package accessgrant

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/listplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var (
	nonEmpty = []validator.String{stringvalidator.LengthAtLeast(1)}
	ids      = []validator.Set{setvalidator.SizeAtLeast(1), setvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1))}
)

const (
	replaces = " Changing it replaces the grant (`/access_grants/update` cannot change it), and so its access methods."
	inPlace  = " Changing it updates the grant in place (`/access_grants/update`)."
)

func (r *accessGrantResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	stable := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	resp.Schema = schema.Schema{
		Description: "Creates and manages a Seam access grant: a user identity's access to spaces (or devices, or " +
			"entrances) from `starts_at` to `ends_at`, by the access methods it requests (a PIN code, a card, a mobile key). " +
			"Its name and times change in place (`/access_grants/update`, which sends only what changed); anything else, its " +
			"key included, replaces it, and the plan says so. " +
			"PIN codes, mobile keys' client session tokens and Instant Key URLs are sensitive.",
		Attributes: map[string]schema.Attribute{
			attrID:            schema.StringAttribute{Description: "The grant's ID, the same as `access_grant_id`.", Computed: true, PlanModifiers: stable},
			attrAccessGrantID: schema.StringAttribute{Description: "The grant's ID.", Computed: true, PlanModifiers: stable},
			attrUserIdentityID: schema.StringAttribute{
				Description: "The user identity (`seam_user_identity`) the grant gives access to." + replaces,
				Required:    true, Validators: nonEmpty, PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			attrSpaceIDs: schema.SetAttribute{
				Description: "The spaces (`seam_space`) the grant opens." + replaces + " A space replaced (a new `space_key`, " +
					"say) replaces the grants on it, with new PIN codes and mobile keys. A new grant opens something: at " +
					"least one of `space_ids`, `device_ids` and `acs_entrance_ids` holds an ID. Empty for a grant that " +
					"opens devices or entrances only, as `terraform query` writes one.",
				ElementType: types.StringType, Optional: true, Computed: true,
				Validators:    []validator.Set{setvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1))},
				PlanModifiers: []planmodifier.Set{setplanmodifier.UseStateForUnknown(), setplanmodifier.RequiresReplaceIfConfigured()},
			},
			attrDeviceIDs: schema.SetAttribute{
				Description: "Devices the grant opens, beside its spaces'." + replaces + " Seam's grant does not keep them: the " +
					"state keeps what was configured, and an imported grant takes the configuration's in place.",
				ElementType: types.StringType, Optional: true, Validators: ids,
				PlanModifiers: []planmodifier.Set{shared.ReplaceUnlessUnrecorded{}},
			},
			attrAcsEntranceIDs: schema.SetAttribute{
				Description: "Access system entrances the grant opens." + replaces + " Seam's grant does not keep them, as for " +
					"`device_ids`.",
				ElementType: types.StringType, Optional: true, Validators: ids,
				PlanModifiers: []planmodifier.Set{shared.ReplaceUnlessUnrecorded{}},
			},
			attrRequestedAccessMethods: schema.ListNestedAttribute{
				Description:   "How the person gets in: one access method per entry." + replaces,
				Required:      true,
				Validators:    []validator.List{listvalidator.SizeAtLeast(1), codeOnlyForCodeMode{}},
				PlanModifiers: []planmodifier.List{sameRequestedMethods{}},
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					attrMode: schema.StringAttribute{
						Description: "`code` (a PIN code), `card`, `mobile_key` (the person's app, through a client session, " +
							"and an Instant Key URL) or `cloud_key`.",
						Required: true, Validators: []validator.String{stringvalidator.OneOf("code", "card", "mobile_key", "cloud_key")},
					},
					attrCode: schema.StringAttribute{
						Description: "For the code mode only, the PIN code to use, 4 to 9 digits. Left out, Seam generates one " +
							"(read it from `access_methods`), and the state keeps the code Seam reports, so that a grant adopted " +
							"with a code is not replaced. Sensitive: it is never shown, not even in an error.",
						Optional: true, Computed: true, Sensitive: true, Validators: []validator.String{pinCode},
					},
				}},
			},
			attrStartsAt: schema.StringAttribute{
				Description: "When the grant starts, in RFC 3339 format; the same instant written another way is no change. " +
					"Left out, Seam starts it at once." + inPlace,
				CustomType: instant.Type{}, Optional: true, Computed: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown(), instant.SameInstant{}},
			},
			attrEndsAt: schema.StringAttribute{
				Description: "When the grant ends, in RFC 3339 format; the same instant written another way is no change. A " +
					"time in the past is refused at plan time whenever the grant would be created or changed; a grant that has " +
					"ended stays as Seam reports it. Left out, it does not end." + inPlace,
				CustomType: instant.Type{}, Optional: true,
				PlanModifiers: []planmodifier.String{instant.SameInstant{}},
			},
			attrName: schema.StringAttribute{
				Description: "The grant's name; left out, Seam makes a display name." + inPlace, Optional: true, Validators: nonEmpty,
			},
			attrAccessGrantKey: schema.StringAttribute{
				Description: "Your own key for the grant, unique in the workspace; the data source can look the grant up by it, " +
					"and a lost create is settled by it. Another grant with the key is an error that names it. Changing it " +
					"replaces the grant, and so its access methods: Seam's key selects a grant (`/access_grants/update` takes it " +
					"as the \"Key of the Access Grant to update\") and no route changes it. Left out, Seam's value is kept and " +
					"not managed.",
				Optional: true, Computed: true, Validators: nonEmpty,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplaceIfConfigured()},
			},
			attrWorkspaceID: schema.StringAttribute{Description: descWorkspaceID, Computed: true, PlanModifiers: stable},
			attrDisplayName: schema.StringAttribute{Description: descDisplayName, Computed: true},
			attrCreatedAt: schema.StringAttribute{Description: descCreatedAt, CustomType: instant.Type{}, Computed: true,
				PlanModifiers: stable},
			attrAccessMethodIDs: schema.ListAttribute{Description: descAccessMethodIDs, ElementType: types.StringType, Computed: true,
				PlanModifiers: []planmodifier.List{listplanmodifier.UseStateForUnknown()}},
			// Seam issues access methods on its own time: read at each refresh and after each change.
			attrAccessMethods: schema.ListNestedAttribute{Description: descAccessMethods, Computed: true,
				NestedObject: schema.NestedAttributeObject{Attributes: resourceMethodAttributes()}},
			attrClientSessionToken: schema.StringAttribute{Description: descClientSessionToken, Computed: true, Sensitive: true,
				PlanModifiers: stable},
			attrInstantKeyURL: schema.StringAttribute{Description: descInstantKeyURL, Computed: true, Sensitive: true,
				PlanModifiers: stable},
		},
	}
}
