package device

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var (
	_ datasource.DataSourceWithConfigure        = (*deviceDataSource)(nil)
	_ datasource.DataSourceWithConfigValidators = (*deviceDataSource)(nil)
)

type deviceDataSource struct {
	provider *shared.ProviderData
}

func NewDataSource() datasource.DataSource { return &deviceDataSource{} }

// deviceModel is seam_device's configuration and state: a device, and the name it was asked by.
type deviceModel struct {
	deviceItem
	Name types.String `tfsdk:"name"`
}

func (d *deviceDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_device"
}

func (d *deviceDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	nonEmpty := []validator.String{stringvalidator.LengthAtLeast(1)}
	attributes := itemAttributes()
	attributes[attrDeviceID] = schema.StringAttribute{
		Description: "The ID of the device to read. Exactly one of `device_id` and `name`.", Optional: true, Computed: true,
		Validators: nonEmpty,
	}
	attributes[attrName] = schema.StringAttribute{
		Description: "The name of the device to read: its display name, its nickname, or the name its provider gives it " +
			"(exact, case-sensitive). It must name one device of the workspace. Exactly one of `device_id` and `name`.",
		Optional: true, Validators: nonEmpty,
	}
	resp.Schema = schema.Schema{
		Description: "Reads one Seam device (a lock, a thermostat, a sensor) by `device_id`, or by a name that only it has, " +
			"so that a configuration can name a device instead of pasting its ID.",
		Attributes: attributes,
	}
}

func (d *deviceDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{
		datasourcevalidator.ExactlyOneOf(path.MatchRoot(attrDeviceID), path.MatchRoot(attrName)),
	}
}

func (d *deviceDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	d.provider = pd
}

func (d *deviceDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m deviceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := d.provider.Seam(ctx, "data."+descriptor.TypeName)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	var found *seam.Device
	if !m.DeviceID.IsNull() {
		found, diags = d.byID(ctx, client, m.DeviceID.ValueString())
	} else {
		found, diags = d.byName(ctx, client, m.Name.ValueString())
	}
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(m.fill(ctx, found)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

func (d *deviceDataSource) byID(ctx context.Context, client *seam.Client, id string) (*seam.Device, diag.Diagnostics) {
	asked := shared.Asked{Object: descriptor, At: path.Root(attrDeviceID), What: fmt.Sprintf("%s %q", attrDeviceID, id),
		Source: d.provider.CredentialSource}
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
			d.provider.CredentialSource)}
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
				len(devices), name, d.provider.CredentialSource))}
	case 1:
		return found, nil
	}
	return nil, diag.Diagnostics{diag.NewAttributeErrorDiagnostic(at, "More than one device has this name",
		fmt.Sprintf("%d devices are named %q: %s. Name one by device_id, or give it a nickname of its own in Seam.",
			len(matches), name, strings.Join(matches, ", ")))}
}
