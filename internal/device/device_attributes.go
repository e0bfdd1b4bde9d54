package device

import (
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
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

// device is Seam's device, and the name seam_device was asked for it by.
type device struct {
	*seam.Device
	askedName *string
}

func deviceID(d *device) string { return d.DeviceID }

// attributes are the device's, for seam_device and the items of seam_devices.
var attributes = shared.NewTable([]shared.Attr[device]{
	{Name: attrID, Value: shared.String(deviceID), Doc: "The device's ID, the same as `device_id`."},
	{Name: attrDeviceID, Value: shared.String(deviceID), Seam: "ID of the device.",
		Doc:    "What `seam_space`'s `device_ids` and `seam_access_grant`'s take.",
		Lookup: "The ID of the device to read. Exactly one of `device_id` and `name`."},
	{Name: attrName, Value: shared.OptionalString(func(d *device) *string { return d.askedName }), Scope: shared.LookupOnly,
		Lookup: "The name of the device to read: its display name, its nickname, or the name its provider gives it (exact, " +
			"case-sensitive). It must name one device of the workspace. Exactly one of `device_id` and `name`."},
	{Name: attrDisplayName, Value: shared.String(func(d *device) string { return d.DisplayName }),
		Doc: "The device's display name: its nickname if it has one, else the name its provider gives it."},
	{Name: attrNickname, Value: shared.OptionalString(func(d *device) *string { return d.Nickname }),
		Seam: "Optional nickname to describe the device, settable through Seam.", Doc: "Null without one."},
	{Name: attrDeviceType, Value: shared.String(func(d *device) string { return d.DeviceType }),
		Seam: "Type of the device.", Doc: "Such as `august_lock`, `ecobee_thermostat` or `minut_sensor`."},
	{Name: attrManufacturer, Value: shared.OptionalString(func(d *device) *string { return d.Properties.Manufacturer }),
		Doc: "The device's manufacturer, as its provider names it (`properties.manufacturer`), or null."},
	{Name: attrConnectedAccountID, Value: shared.String(func(d *device) string { return d.ConnectedAccountID }),
		Seam: "Unique identifier for the account associated with the device.", Doc: "Seam reaches the device through it."},
	{Name: attrWorkspaceID, Value: shared.String(func(d *device) string { return d.WorkspaceID }),
		Seam: "Unique identifier for the Seam workspace associated with the device."},
	{Name: attrSpaceIDs, Value: shared.StringSet(func(d *device) []string { return d.SpaceIDs }),
		Seam: "IDs of the spaces the device is in."},
	{Name: attrCapabilitiesSupported, Value: shared.StringSet(func(d *device) []string { return d.CapabilitiesSupported }),
		Doc: "What the device can do through Seam: `lock`, `access_code`, `thermostat`, `noise_detection`…"},
	{Name: attrOnline, Value: shared.OptionalBool(func(d *device) *bool { return d.Properties.Online }),
		Doc: "Whether the device is online, as its provider last said (`properties.online`), or null."},
	{Name: attrCreatedAt, Value: shared.OptionalTime(func(d *device) *time.Time {
		if d.CreatedAt.IsZero() {
			return nil
		}
		return &d.CreatedAt
	}), Seam: "Date and time at which the device object was created.", Doc: "In RFC 3339 format: when Seam first saw the device."},
})
