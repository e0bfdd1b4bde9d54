package accessgrant

import (
	"context"
	"regexp"

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
			"Its name, key and times change in place (`/access_grants/update`); anything else replaces it, and the plan says so. " +
			"PIN codes, mobile keys' client session tokens and Instant Key URLs are sensitive.",
		Attributes: map[string]schema.Attribute{
			attrID:            schema.StringAttribute{Description: "The grant's ID, the same as `access_grant_id`.", Computed: true, PlanModifiers: stable},
			attrAccessGrantID: schema.StringAttribute{Description: "The grant's ID.", Computed: true, PlanModifiers: stable},
			attrUserIdentityID: schema.StringAttribute{
				Description: "The user identity (`seam_user_identity`) the grant gives access to." + replaces,
				Required:    true, Validators: nonEmpty, PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			attrSpaceIDs: schema.SetAttribute{
				Description: "The spaces (`seam_space`) the grant opens." + replaces + " At least one of `space_ids`, " +
					"`device_ids` and `acs_entrance_ids`.",
				ElementType: types.StringType, Optional: true, Computed: true, Validators: ids,
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
				Validators:    []validator.List{listvalidator.SizeAtLeast(1)},
				PlanModifiers: []planmodifier.List{listplanmodifier.RequiresReplace()},
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					attrMode: schema.StringAttribute{
						Description: "`code` (a PIN code), `card`, `mobile_key` (the person's app, through a client session, " +
							"and an Instant Key URL) or `cloud_key`.",
						Required: true, Validators: []validator.String{stringvalidator.OneOf("code", "card", "mobile_key", "cloud_key")},
					},
					attrCode: schema.StringAttribute{
						Description: "For the code mode, the PIN code to use, 4 to 9 digits; left out, Seam generates one (read it " +
							"from `access_methods`). Sensitive.",
						Optional: true, Sensitive: true,
						Validators: []validator.String{stringvalidator.RegexMatches(regexp.MustCompile(`^[0-9]{4,9}$`), "must be 4 to 9 digits")},
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
					"and a lost create is settled by it. Another grant with the key is an error that names it." + inPlace,
				Optional: true, Validators: nonEmpty,
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
