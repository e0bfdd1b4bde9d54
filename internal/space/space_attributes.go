package space

import (
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

const (
	attrID               = "id"
	attrSpaceID          = "space_id"
	attrName             = "name"
	attrSpaceKey         = "space_key"
	attrDeviceIDs        = "device_ids"
	attrAcsEntranceIDs   = "acs_entrance_ids"
	attrCustomerKey      = "customer_key"
	attrDisplayName      = "display_name"
	attrWorkspaceID      = "workspace_id"
	attrCreatedAt        = "created_at"
	attrDeviceCount      = "device_count"
	attrAcsEntranceCount = "acs_entrance_count"
)

// space is Seam's space, the devices Seam lists in it, and the entrances the state names
// (Seam's space counts them without naming them).
type space struct {
	*seam.Space
	devices, entrances []string
}

func spaceID(sp *space) string { return sp.SpaceID }

var ids = []validator.Set{setvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1))}

const inPlace = "Changing it updates the space in place (`/spaces/update`)."

// attributes are the space's, for the resource, the data source and list results.
var attributes = shared.NewTable([]shared.Attr[space]{
	{Name: attrID, Value: shared.String(spaceID), Doc: "The space's ID, the same as `space_id`.", Stable: true},
	{Name: attrSpaceID, Value: shared.String(spaceID), Seam: "ID of the space.", Doc: "What `seam_access_grant`'s `space_ids` take.",
		Stable: true, Lookup: "The ID of the space to read. Exactly one of `space_id` and `space_key`."},
	{Name: attrName, Value: shared.String(func(sp *space) string { return sp.Name }), Seam: "Name of the space.",
		Arg: shared.Required, Manage: inPlace, Validators: shared.NonEmpty},
	{Name: attrSpaceKey, Value: shared.OptionalString(func(sp *space) *string { return sp.SpaceKey }),
		Seam: "Unique key for the space within the workspace.",
		Doc:  "Your own key for the space: the data source can look the space up by it, and a lost create is settled by it.",
		Arg:  shared.OptionalComputed,
		Manage: "Another space of the workspace with the key is an error that names it. Changing it replaces the space: Seam's " +
			"key selects a space (`/spaces/update` takes it as the \"Unique key of the space that you want to update\") and no " +
			"route changes it. Access grants of the space are replaced with it, and so issue new PIN codes and mobile keys. Left " +
			"out, Seam's value is kept and not managed.",
		Validators: shared.NonEmpty, PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplaceIfConfigured()},
		Lookup: "The key of the space to read. Exactly one of `space_id` and `space_key`."},
	{Name: attrDeviceIDs, Value: shared.StringSet(func(sp *space) []string { return sp.devices }),
		Doc: "The IDs of the devices the space holds, such as `data.seam_devices.x.device_ids`.", Arg: shared.OptionalComputed,
		Manage: "The state always holds Seam's set: a device added or removed outside Terraform is a change to plan. " + inPlace +
			" Left out, the space's devices are read and not managed.",
		Validators: ids},
	{Name: attrAcsEntranceIDs, Value: shared.StringSet(func(sp *space) []string { return sp.entrances }), Scope: shared.ResourceOnly,
		Doc: "The IDs of the access system entrances the space holds.", Arg: shared.OptionalComputed,
		Manage: inPlace + " Seam's space counts its entrances (`acs_entrance_count`) without naming them: the state keeps what " +
			"Terraform set, and a count that differs is reported as a warning.",
		Validators: ids},
	{Name: attrCustomerKey, Value: shared.OptionalString(func(sp *space) *string { return sp.CustomerKey }),
		Seam: "Customer key associated with the space.", Arg: shared.OptionalComputed,
		Manage:     "Changing it replaces the space (`/spaces/update` cannot move one). Left out, Seam's value is kept and not managed.",
		Validators: shared.NonEmpty, PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplaceIfConfigured()}},
	{Name: attrDisplayName, Value: shared.String(func(sp *space) string { return sp.DisplayName }), Seam: "Display name for the space."},
	{Name: attrWorkspaceID, Value: shared.String(func(sp *space) string { return sp.WorkspaceID }),
		Seam: "ID of the workspace associated with the space.", Stable: true},
	{Name: attrCreatedAt, Value: shared.Time(func(sp *space) time.Time { return sp.CreatedAt }),
		Seam: "Date and time at which the space was created.", Doc: "In RFC 3339 format.", Stable: true},
	// An update of the devices or entrances changes these: unknown until it is applied.
	{Name: attrDeviceCount, Value: shared.Int64(func(sp *space) int64 { return int64(sp.DeviceCount) }),
		Seam: "Number of devices in the space."},
	{Name: attrAcsEntranceCount, Value: shared.Int64(func(sp *space) int64 { return int64(sp.AcsEntranceCount) }),
		Seam: "Number of entrances in the space."},
})
