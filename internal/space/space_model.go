package space

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
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

// spaceModel is Seam's space and the devices it holds: the data source's state, and the
// resource's with the entrances Terraform set (spaceResourceModel).
type spaceModel struct {
	ID               types.String  `tfsdk:"id"`
	SpaceID          types.String  `tfsdk:"space_id"`
	Name             types.String  `tfsdk:"name"`
	SpaceKey         types.String  `tfsdk:"space_key"`
	DeviceIDs        types.Set     `tfsdk:"device_ids"`
	CustomerKey      types.String  `tfsdk:"customer_key"`
	DisplayName      types.String  `tfsdk:"display_name"`
	WorkspaceID      types.String  `tfsdk:"workspace_id"`
	CreatedAt        instant.Value `tfsdk:"created_at"`
	DeviceCount      types.Int64   `tfsdk:"device_count"`
	AcsEntranceCount types.Int64   `tfsdk:"acs_entrance_count"`
}

// spaceResourceModel is the resource's state: Seam's space, and the entrances Terraform set.
// Seam's space counts its entrances without naming them.
type spaceResourceModel struct {
	spaceModel
	AcsEntranceIDs types.Set `tfsdk:"acs_entrance_ids"`
}

// fill sets every attribute from sp and the devices it holds: the one mapping from the API
// to Terraform.
func (m *spaceModel) fill(ctx context.Context, sp *seam.Space, devices []string) diag.Diagnostics {
	if devices == nil {
		devices = []string{}
	}
	set, diags := types.SetValueFrom(ctx, types.StringType, devices)
	m.ID = types.StringValue(sp.SpaceID)
	m.SpaceID = types.StringValue(sp.SpaceID)
	m.Name = types.StringValue(sp.Name)
	m.SpaceKey = types.StringPointerValue(sp.SpaceKey)
	m.DeviceIDs = set
	m.CustomerKey = types.StringPointerValue(sp.CustomerKey)
	m.DisplayName = types.StringValue(sp.DisplayName)
	m.WorkspaceID = types.StringValue(sp.WorkspaceID)
	m.CreatedAt = instant.New(sp.CreatedAt)
	m.DeviceCount = types.Int64Value(int64(sp.DeviceCount))
	m.AcsEntranceCount = types.Int64Value(int64(sp.AcsEntranceCount))
	return diags
}

// spaceDevices are the IDs of the devices the space holds, as Seam lists them.
func spaceDevices(ctx context.Context, client *seam.Client, spaceID string) ([]string, error) {
	devices, err := client.ListDevices(ctx, seam.DeviceFilter{SpaceID: spaceID})
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(devices))
	for i, d := range devices {
		ids[i] = d.DeviceID
	}
	return ids, nil
}

// fillEntrances keeps the entrances the state holds (what Terraform set) while Seam counts as
// many, or none when it counts none; Seam names no entrance, so a count that differs is drift
// the provider can only report.
func (m *spaceResourceModel) fillEntrances(ctx context.Context, sp *seam.Space) diag.Diagnostics {
	var diags diag.Diagnostics
	held, d := shared.KnownStrings(ctx, m.AcsEntranceIDs)
	diags.Append(d...)
	switch {
	case sp.AcsEntranceCount == 0 || m.AcsEntranceIDs.IsNull() || m.AcsEntranceIDs.IsUnknown():
		m.AcsEntranceIDs = types.SetValueMust(types.StringType, []attr.Value{})
	case int(sp.AcsEntranceCount) != len(held):
		diags.AddWarning("Space entrances changed outside Terraform",
			fmt.Sprintf("Seam counts %d entrances in space %q, and the state names %d. Seam does not say which they are, so "+
				"Terraform cannot plan the change back. Any change to acs_entrance_ids sets the whole list again, as does "+
				"terraform apply -replace.",
				sp.AcsEntranceCount, sp.SpaceID, len(held)))
	}
	return diags
}
