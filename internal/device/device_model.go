package device

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

const (
	attrID                    = "id"
	attrDeviceID              = "device_id"
	attrName                  = "name"
	attrDisplayName           = "display_name"
	attrNickname              = "nickname"
	attrDeviceType            = "device_type"
	attrManufacturer          = "manufacturer"
	attrConnectedAccountID    = "connected_account_id"
	attrWorkspaceID           = "workspace_id"
	attrSpaceIDs              = "space_ids"
	attrCapabilitiesSupported = "capabilities_supported"
	attrOnline                = "online"
	attrCreatedAt             = "created_at"
)

// deviceItem is a device's attributes: one of seam_devices' devices, and seam_device's state
// but for how it was asked for.
type deviceItem struct {
	ID                    types.String  `tfsdk:"id"`
	DeviceID              types.String  `tfsdk:"device_id"`
	DisplayName           types.String  `tfsdk:"display_name"`
	Nickname              types.String  `tfsdk:"nickname"`
	DeviceType            types.String  `tfsdk:"device_type"`
	Manufacturer          types.String  `tfsdk:"manufacturer"`
	ConnectedAccountID    types.String  `tfsdk:"connected_account_id"`
	WorkspaceID           types.String  `tfsdk:"workspace_id"`
	SpaceIDs              types.Set     `tfsdk:"space_ids"`
	CapabilitiesSupported types.Set     `tfsdk:"capabilities_supported"`
	Online                types.Bool    `tfsdk:"online"`
	CreatedAt             instant.Value `tfsdk:"created_at"`
}

// fill sets every attribute from d: the one mapping from the API to Terraform.
func (m *deviceItem) fill(ctx context.Context, d *seam.Device) diag.Diagnostics {
	var diags diag.Diagnostics
	set := func(ids []string) types.Set {
		if ids == nil {
			ids = []string{}
		}
		v, ds := types.SetValueFrom(ctx, types.StringType, ids)
		diags.Append(ds...)
		return v
	}
	m.ID = types.StringValue(d.DeviceID)
	m.DeviceID = types.StringValue(d.DeviceID)
	m.DisplayName = types.StringValue(d.DisplayName)
	m.Nickname = types.StringPointerValue(d.Nickname)
	m.DeviceType = types.StringValue(d.DeviceType)
	m.Manufacturer = types.StringPointerValue(d.Properties.Manufacturer)
	m.ConnectedAccountID = types.StringValue(d.ConnectedAccountID)
	m.WorkspaceID = types.StringValue(d.WorkspaceID)
	m.SpaceIDs = set(d.SpaceIDs)
	m.CapabilitiesSupported = set(d.CapabilitiesSupported)
	m.Online = types.BoolPointerValue(d.Properties.Online)
	m.CreatedAt = instant.NewNull()
	if !d.CreatedAt.IsZero() {
		m.CreatedAt = instant.New(d.CreatedAt)
	}
	return diags
}
