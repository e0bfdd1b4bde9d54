package device

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var _ datasource.DataSourceWithConfigValidators = (*deviceDataSource)(nil)

// deviceDataSource reads one device by its ID, or by a name that only it has: Seam's get has
// no such lookup, so it lists the workspace's devices and picks the one.
type deviceDataSource struct{ shared.DataSourceBase }

func NewDataSource() datasource.DataSource {
	return &deviceDataSource{shared.DataSourceBase{Object: descriptor}}
}

func (d *deviceDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	attrs, diags := attributes.DataSourceAttributes()
	resp.Diagnostics.Append(diags...)
	resp.Schema = schema.Schema{
		Description: "Reads one Seam device (a lock, a thermostat, a sensor) by `device_id`, or by a name that only it has, " +
			"so that a configuration can name a device instead of pasting its ID.",
		Attributes: attrs,
	}
}

func (d *deviceDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{
		datasourcevalidator.ExactlyOneOf(path.MatchRoot(attrDeviceID), path.MatchRoot(attrName)),
	}
}

func (d *deviceDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	config := shared.AttrsOf(req.Config.Raw)
	ctx, client, diags := d.Provider.Seam(ctx, "data."+descriptor.TypeName)
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	var found *seam.Device
	if config.Known(attrDeviceID) {
		found, diags = d.byID(ctx, client, config.String(attrDeviceID))
	} else {
		found, diags = d.byName(ctx, client, config.String(attrName))
	}
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	resp.State.Raw = attributes.DataSourceValue(&device{Device: found, askedName: config.StringPointer(attrName)})
}

func (d *deviceDataSource) byID(ctx context.Context, client *seam.Client, id string) (*seam.Device, diag.Diagnostics) {
	asked := shared.Asked{Object: descriptor, At: path.Root(attrDeviceID), What: fmt.Sprintf("%s %q", attrDeviceID, id),
		Source: d.Provider.CredentialSource}
	found, err := client.GetDevice(ctx, id)
	found, bad := shared.Answered(asked, found, err, func(dev *seam.Device) bool { return dev.DeviceID == id },
		func(dev *seam.Device) string { return dev.DeviceID })
	if bad != nil {
		return nil, diag.Diagnostics{bad}
	}
	return found, nil
}

// byName finds the one device of the workspace that goes by name; none or several is an
// error that says which.
func (d *deviceDataSource) byName(ctx context.Context, client *seam.Client, name string) (*seam.Device, diag.Diagnostics) {
	devices, err := client.ListDevices(ctx, seam.DeviceFilter{})
	if err != nil {
		return nil, diag.Diagnostics{shared.APIErrorDiagnostic(fmt.Sprintf("Listing devices to find the one named %q", name), err,
			d.Provider.CredentialSource)}
	}
	var matches []string
	var found *seam.Device
	for i := range devices {
		if slices.Contains(devices[i].Names(), name) {
			found = &devices[i]
			matches = append(matches, fmt.Sprintf("%s (%s)", devices[i].DeviceID, devices[i].DisplayName))
		}
	}
	at := path.Root(attrName)
	switch len(matches) {
	case 0:
		return nil, diag.Diagnostics{diag.NewAttributeErrorDiagnostic(at, "Device not found",
			fmt.Sprintf("None of the workspace's %d devices is named %q (by display name, nickname or the name its provider "+
				"gives it; names are exact and case-sensitive), with the credential from %s. List them with data \"seam_devices\".",
				len(devices), name, d.Provider.CredentialSource))}
	case 1:
		return found, nil
	}
	return nil, diag.Diagnostics{diag.NewAttributeErrorDiagnostic(at, "More than one device has this name",
		fmt.Sprintf("%d devices are named %q: %s. Name one by device_id, or give it a nickname of its own in Seam.",
			len(matches), name, strings.Join(matches, ", ")))}
}
