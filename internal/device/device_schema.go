package device

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
)

// itemAttributes are a device's computed attributes, as both data sources show them; the
// singular one makes device_id an argument.
func itemAttributes() map[string]schema.Attribute {
	str := func(d string) schema.StringAttribute { return schema.StringAttribute{Description: d, Computed: true} }
	strs := func(d string) schema.SetAttribute {
		return schema.SetAttribute{Description: d, ElementType: types.StringType, Computed: true}
	}
	return map[string]schema.Attribute{
		attrID:                 str("The device's ID, the same as `device_id`."),
		attrDeviceID:           str("The device's ID: what `seam_space`'s `device_ids` and `seam_access_grant`'s take."),
		attrDisplayName:        str("The device's display name: its nickname if it has one, else the name its provider gives it."),
		attrNickname:           str("The nickname set through Seam, or null."),
		attrDeviceType:         str("The device's type, such as `august_lock` or `ecobee_thermostat`."),
		attrManufacturer:       str("The device's manufacturer, as its provider names it (`properties.manufacturer`), or null."),
		attrConnectedAccountID: str("The connected account through which Seam reaches the device."),
		attrWorkspaceID:        str("The ID of the workspace the device belongs to."),
		attrSpaceIDs:           strs("The IDs of the spaces that hold the device."),
		attrCapabilitiesSupported: strs("What the device can do through Seam: `lock`, `access_code`, `thermostat`, " +
			"`noise_detection`…"),
		attrOnline: schema.BoolAttribute{Description: "Whether the device is online, as its provider last said, or null.", Computed: true},
		attrCreatedAt: schema.StringAttribute{Description: "When Seam first saw the device, in RFC 3339 format.",
			CustomType: instant.Type{}, Computed: true},
	}
}
