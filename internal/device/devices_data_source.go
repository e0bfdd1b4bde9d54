package device

import (
	"context"
	"fmt"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewListDataSource lists the devices that match every filter given: Seam's filters
// (/devices/list) and a name_regex of the provider's own.
func NewListDataSource() datasource.DataSource {
	filter := func(description string) schema.StringAttribute {
		return schema.StringAttribute{Description: description, Optional: true, Validators: shared.NonEmpty}
	}
	return &shared.ListDataSource[device]{
		DataSourceBase: shared.DataSourceBase{Object: descriptor, TypeName: "seam_devices"},
		Doc: "Lists the workspace's Seam devices that match every filter given (`/devices/list`), so that a configuration can " +
			"put, say, every lock of an account in a space without pasting IDs.",
		Filters: map[string]schema.Attribute{
			attrConnectedAccountID: filter("Only devices reached through this connected account."),
			attrDeviceType:         filter("Only devices of this type, such as `august_lock`."),
			attrManufacturer:       filter("Only devices of this manufacturer, such as `august`."),
			"space_id":             filter("Only devices that this space holds."),
			"name_regex": schema.StringAttribute{
				Description: "Only devices one of whose names (display name, nickname, the name its provider gives it) matches " +
					"this regular expression (RE2 syntax, as Terraform's `regex` function).",
				Optional: true, Validators: []validator.String{validRegex{}},
			},
		},
		Items: "devices", ItemsDoc: "The devices that match, in Seam's order.",
		IDs: "device_ids", IDsDoc: "The IDs of the devices that match, in the order of `devices`: what `seam_space`'s `device_ids` takes.",
		Table: attributes, ID: deviceID,
		Find: func(ctx context.Context, client *seam.Client, config shared.Attrs) ([]device, error) {
			devices, err := client.ListDevices(ctx, filterOf(config))
			if err != nil {
				return nil, err
			}
			var names *regexp.Regexp
			if pattern := config.StringPointer("name_regex"); pattern != nil {
				names = regexp.MustCompile(*pattern) // checked by validRegex
			}
			out := []device{}
			for i := range devices {
				if names == nil || matchesAny(names, devices[i].Names()) {
					out = append(out, device{Device: &devices[i]})
				}
			}
			return out, nil
		},
		FilterID: func(config shared.Attrs) string {
			return shared.FilterID(struct {
				Filter    seam.DeviceFilter `json:"filter"`
				NameRegex string            `json:"name_regex"`
			}{filterOf(config), config.String("name_regex")})
		},
	}
}

// filterOf is Seam's filter of the configuration.
func filterOf(config shared.Attrs) seam.DeviceFilter {
	return seam.DeviceFilter{ConnectedAccountID: config.String(attrConnectedAccountID), DeviceType: config.String(attrDeviceType),
		Manufacturer: config.String(attrManufacturer), SpaceID: config.String("space_id")}
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
