package space

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
)

var (
	nonEmpty = []validator.String{stringvalidator.LengthAtLeast(1)}
	ids      = []validator.Set{setvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1))}
)

const inPlace = " Changing it updates the space in place (`/spaces/update`)."

func (r *spaceResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	stable := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	resp.Schema = schema.Schema{
		Description: "Creates and manages a Seam space: a place (a building, a unit, a room) that holds devices and " +
			"entrances, to which `seam_access_grant` gives access. Its name, devices and entrances are updated in place " +
			"(`/spaces/update`, which sends only what changed); a new `space_key` or `customer_key` replaces it. Replacing " +
			"a space replaces the access grants that refer to it (their `space_ids` change), which issues their people new " +
			"PIN codes and mobile keys.",
		Attributes: map[string]schema.Attribute{
			attrID: schema.StringAttribute{
				Description: "The space's ID, the same as `space_id`.", Computed: true, PlanModifiers: stable,
			},
			attrSpaceID: schema.StringAttribute{
				Description: "The space's ID: what `seam_access_grant`'s `space_ids` take.", Computed: true, PlanModifiers: stable,
			},
			attrName: schema.StringAttribute{
				Description: "The space's name." + inPlace, Required: true, Validators: nonEmpty,
			},
			attrSpaceKey: schema.StringAttribute{
				Description: "Your own key for the space, unique in the workspace; the data source can look the space up by " +
					"it, and a lost create is settled by it. Another space of the workspace with the key is an error that " +
					"names it. Changing it replaces the space: Seam's key selects a space (`/spaces/update` takes it as the " +
					"\"Unique key of the space that you want to update\") and no route changes it. Access grants of the " +
					"space are replaced with it, and so issue new PIN codes and mobile keys. Left out, Seam's value is kept " +
					"and not managed.",
				Optional: true, Computed: true, Validators: nonEmpty,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplaceIfConfigured()},
			},
			attrDeviceIDs: schema.SetAttribute{
				Description: "The IDs of the devices the space holds, such as `data.seam_devices.x.device_ids`. The state " +
					"always holds Seam's set: a device added or removed outside Terraform is a change to plan." + inPlace +
					" Left out, the space's devices are read and not managed.",
				ElementType: types.StringType, Optional: true, Computed: true, Validators: ids,
				PlanModifiers: []planmodifier.Set{setplanmodifier.UseStateForUnknown()},
			},
			attrAcsEntranceIDs: schema.SetAttribute{
				Description: "The IDs of the access system entrances the space holds." + inPlace + " Seam's space counts its " +
					"entrances (`acs_entrance_count`) without naming them: the state keeps what Terraform set, and a count " +
					"that differs is reported as a warning.",
				ElementType: types.StringType, Optional: true, Computed: true, Validators: ids,
				PlanModifiers: []planmodifier.Set{setplanmodifier.UseStateForUnknown()},
			},
			attrCustomerKey: schema.StringAttribute{
				Description: "The customer the space belongs to. Changing it replaces the space (`/spaces/update` cannot move " +
					"one). Left out, Seam's value is kept and not managed.",
				Optional: true, Computed: true, Validators: nonEmpty,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplaceIfConfigured()},
			},
			attrDisplayName: schema.StringAttribute{
				Description: "The name Seam shows for the space.", Computed: true,
			},
			attrWorkspaceID: schema.StringAttribute{
				Description: "The ID of the workspace the space belongs to.", Computed: true, PlanModifiers: stable,
			},
			attrCreatedAt: schema.StringAttribute{
				Description: "When the space was created, in RFC 3339 format.", CustomType: instant.Type{}, Computed: true,
				PlanModifiers: stable,
			},
			// An update of the devices or entrances changes these: unknown until it is applied.
			attrDeviceCount: schema.Int64Attribute{
				Description: "How many devices the space holds.", Computed: true,
			},
			attrAcsEntranceCount: schema.Int64Attribute{
				Description: "How many entrances the space holds.", Computed: true,
			},
		},
	}
}
