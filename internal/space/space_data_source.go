package space

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var (
	_ datasource.DataSourceWithConfigure        = (*spaceDataSource)(nil)
	_ datasource.DataSourceWithConfigValidators = (*spaceDataSource)(nil)
)

type spaceDataSource struct {
	provider *shared.ProviderData
}

func NewDataSource() datasource.DataSource { return &spaceDataSource{} }

func (d *spaceDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_space"
}

func (d *spaceDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	str := func(description string) schema.StringAttribute {
		return schema.StringAttribute{Description: description, Computed: true}
	}
	lookup := func(description string) schema.StringAttribute {
		return schema.StringAttribute{Description: description + " Exactly one of `space_id` and `space_key`.", Optional: true,
			Computed: true, Validators: nonEmpty}
	}
	resp.Schema = schema.Schema{
		Description: "Reads a Seam space by `space_id` or `space_key`, with the devices it holds.",
		Attributes: map[string]schema.Attribute{
			attrID:       str("The space's ID, the same as `space_id`."),
			attrSpaceID:  lookup("The ID of the space to read."),
			attrSpaceKey: lookup("The key of the space to read."),
			attrName:     str("The space's name."),
			attrDeviceIDs: schema.SetAttribute{Description: "The IDs of the devices the space holds.", ElementType: types.StringType,
				Computed: true},
			attrCustomerKey: str("The customer the space belongs to, or null."),
			attrDisplayName: str("The name Seam shows for the space."),
			attrWorkspaceID: str("The ID of the workspace the space belongs to."),
			attrCreatedAt: schema.StringAttribute{Description: "When the space was created, in RFC 3339 format.",
				CustomType: instant.Type{}, Computed: true},
			attrDeviceCount:      schema.Int64Attribute{Description: "How many devices the space holds.", Computed: true},
			attrAcsEntranceCount: schema.Int64Attribute{Description: "How many entrances the space holds.", Computed: true},
		},
	}
}

func (d *spaceDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{datasourcevalidator.ExactlyOneOf(path.MatchRoot(attrSpaceID), path.MatchRoot(attrSpaceKey))}
}

func (d *spaceDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	d.provider = pd
}

func (d *spaceDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m spaceModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := d.provider.Seam(ctx, "data."+resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	lookup := seam.SpaceLookup{SpaceID: m.SpaceID.ValueString(), SpaceKey: m.SpaceKey.ValueString()}
	asked := shared.Asked{Object: descriptor, At: path.Root(attrSpaceID), What: fmt.Sprintf("%s %q", attrSpaceID, lookup.SpaceID),
		Source: d.provider.CredentialSource}
	matches := func(sp *seam.Space) bool { return sp.SpaceID == lookup.SpaceID }
	if lookup.SpaceID == "" {
		asked.At, asked.What = path.Root(attrSpaceKey), fmt.Sprintf("%s %q", attrSpaceKey, lookup.SpaceKey)
		matches = func(sp *seam.Space) bool { return sp.SpaceKey != nil && *sp.SpaceKey == lookup.SpaceKey }
	}
	sp, err := client.GetSpace(ctx, lookup)
	sp, bad := shared.Answered(asked, sp, err, matches, spaceID)
	if bad != nil {
		resp.Diagnostics.Append(bad)
		return
	}
	devices, err := spaceDevices(ctx, client, sp.SpaceID)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(fmt.Sprintf("Listing the devices of space %q", sp.SpaceID), err, d.provider.CredentialSource))
		return
	}
	resp.Diagnostics.Append(m.fill(ctx, sp, devices)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
