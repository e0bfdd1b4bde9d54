package device

import (
	"context"
	"fmt"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var _ datasource.DataSourceWithConfigure = (*devicesDataSource)(nil)

type devicesDataSource struct {
	provider *shared.ProviderData
}

func NewListDataSource() datasource.DataSource { return &devicesDataSource{} }

// devicesModel is seam_devices' configuration and state.
type devicesModel struct {
	ID                 types.String `tfsdk:"id"`
	ConnectedAccountID types.String `tfsdk:"connected_account_id"`
	DeviceType         types.String `tfsdk:"device_type"`
	Manufacturer       types.String `tfsdk:"manufacturer"`
	SpaceID            types.String `tfsdk:"space_id"`
	NameRegex          types.String `tfsdk:"name_regex"`
	Devices            []deviceItem `tfsdk:"devices"`
	DeviceIDs          types.List   `tfsdk:"device_ids"`
}

func (d *devicesDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_devices"
}

func (d *devicesDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	filter := func(description string) schema.StringAttribute {
		return schema.StringAttribute{Description: description, Optional: true, Validators: []validator.String{stringvalidator.LengthAtLeast(1)}}
	}
	resp.Schema = schema.Schema{
		Description: "Lists the workspace's Seam devices that match every filter given (`/devices/list`), so that a " +
			"configuration can put, say, every lock of an account in a space without pasting IDs.",
		Attributes: map[string]schema.Attribute{
			"id":                   schema.StringAttribute{Description: "A digest of the filters: the same filters, the same ID.", Computed: true},
			attrConnectedAccountID: filter("Only devices reached through this connected account."),
			attrDeviceType:         filter("Only devices of this type, such as `august_lock`."),
			attrManufacturer:       filter("Only devices of this manufacturer, such as `august`."),
			"space_id":             filter("Only devices that this space holds."),
			"name_regex": schema.StringAttribute{
				Description: "Only devices one of whose names (display name, nickname, the name its provider gives it) matches " +
					"this regular expression (RE2 syntax, as Terraform's `regex` function).",
				Optional: true, Validators: []validator.String{validRegex{}},
			},
			"devices": schema.ListNestedAttribute{
				Description:  "The devices that match, in Seam's order.",
				Computed:     true,
				NestedObject: schema.NestedAttributeObject{Attributes: itemAttributes()},
			},
			"device_ids": schema.ListAttribute{
				Description: "The IDs of the devices that match, in the order of `devices`: what `seam_space`'s `device_ids` takes.",
				ElementType: types.StringType, Computed: true,
			},
		},
	}
}

func (d *devicesDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	d.provider = pd
}

func (d *devicesDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m devicesModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := d.provider.Seam(ctx, "data.seam_devices")
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	filter := seam.DeviceFilter{ConnectedAccountID: m.ConnectedAccountID.ValueString(), DeviceType: m.DeviceType.ValueString(),
		Manufacturer: m.Manufacturer.ValueString(), SpaceID: m.SpaceID.ValueString()}
	var names *regexp.Regexp
	if !m.NameRegex.IsNull() {
		names = regexp.MustCompile(m.NameRegex.ValueString()) // checked by validRegex
	}
	devices, err := client.ListDevices(ctx, filter)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic("Listing devices", err, d.provider.CredentialSource))
		return
	}
	m.Devices = []deviceItem{}
	ids := []string{}
	for i := range devices {
		if names != nil && !matchesAny(names, devices[i].Names()) {
			continue
		}
		var item deviceItem
		resp.Diagnostics.Append(item.fill(ctx, &devices[i])...)
		m.Devices = append(m.Devices, item)
		ids = append(ids, devices[i].DeviceID)
	}
	m.DeviceIDs, diags = types.ListValueFrom(ctx, types.StringType, ids)
	resp.Diagnostics.Append(diags...)
	m.ID = types.StringValue(shared.FilterID(struct {
		Filter    seam.DeviceFilter `json:"filter"`
		NameRegex string            `json:"name_regex"`
	}{filter, m.NameRegex.ValueString()}))
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

func matchesAny(re *regexp.Regexp, names []string) bool {
	for _, n := range names {
		if re.MatchString(n) {
			return true
		}
	}
	return false
}

// validRegex refuses, at plan time, a name_regex that does not compile, saying why.
type validRegex struct{}

func (validRegex) Description(context.Context) string {
	return "must be a regular expression in RE2 syntax"
}

func (v validRegex) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (validRegex) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if _, err := regexp.Compile(req.ConfigValue.ValueString()); err != nil {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid regular expression",
			fmt.Sprintf("name_regex is not a regular expression in RE2 syntax: %s.", err))
	}
}
