package accessgrant

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
	_ datasource.DataSourceWithConfigure        = (*accessGrantDataSource)(nil)
	_ datasource.DataSourceWithConfigValidators = (*accessGrantDataSource)(nil)
)

type accessGrantDataSource struct {
	provider *shared.ProviderData
}

func NewDataSource() datasource.DataSource { return &accessGrantDataSource{} }

func (d *accessGrantDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_access_grant"
}

func (d *accessGrantDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	str := func(description string) schema.StringAttribute {
		return schema.StringAttribute{Description: description, Computed: true}
	}
	timestamp := func(description string) schema.StringAttribute {
		return schema.StringAttribute{Description: description, CustomType: instant.Type{}, Computed: true}
	}
	lookup := func(description string) schema.StringAttribute {
		return schema.StringAttribute{Description: description + " Exactly one of `access_grant_id` and `access_grant_key`.",
			Optional: true, Computed: true, Validators: nonEmpty}
	}
	resp.Schema = schema.Schema{
		Description: "Reads a Seam access grant by `access_grant_id` or `access_grant_key`, with its access methods. PIN " +
			"codes, mobile keys' client session tokens and Instant Key URLs are sensitive.",
		Attributes: map[string]schema.Attribute{
			attrID:             str("The grant's ID, the same as `access_grant_id`."),
			attrAccessGrantID:  lookup("The ID of the grant to read."),
			attrAccessGrantKey: lookup("The key of the grant to read."),
			attrUserIdentityID: str("The user identity the grant gives access to."),
			attrSpaceIDs: schema.SetAttribute{Description: "The spaces the grant opens.", ElementType: types.StringType,
				Computed: true},
			attrRequestedAccessMethods: schema.ListNestedAttribute{Description: "The access methods the grant asked for.",
				Computed: true, NestedObject: schema.NestedAttributeObject{Attributes: requestedAttributes()}},
			attrStartsAt:           timestamp("When the grant starts, in RFC 3339 format."),
			attrEndsAt:             timestamp("When the grant ends, in RFC 3339 format, or null."),
			attrName:               str("The grant's name, or null."),
			attrWorkspaceID:        str(descWorkspaceID),
			attrDisplayName:        str(descDisplayName),
			attrCreatedAt:          timestamp(descCreatedAt),
			attrAccessMethodIDs:    schema.ListAttribute{Description: descAccessMethodIDs, ElementType: types.StringType, Computed: true},
			attrAccessMethods:      schema.ListNestedAttribute{Description: descAccessMethods, Computed: true, NestedObject: schema.NestedAttributeObject{Attributes: methodAttributes()}},
			attrClientSessionToken: schema.StringAttribute{Description: descClientSessionToken, Computed: true, Sensitive: true},
			attrInstantKeyURL:      schema.StringAttribute{Description: descInstantKeyURL, Computed: true, Sensitive: true},
		},
	}
}

func (d *accessGrantDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{
		datasourcevalidator.ExactlyOneOf(path.MatchRoot(attrAccessGrantID), path.MatchRoot(attrAccessGrantKey)),
	}
}

func (d *accessGrantDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	d.provider = pd
}

func (d *accessGrantDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m accessGrantModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := d.provider.Seam(ctx, "data."+resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	lookup := seam.AccessGrantLookup{AccessGrantID: m.AccessGrantID.ValueString(), AccessGrantKey: m.AccessGrantKey.ValueString()}
	asked := shared.Asked{Object: descriptor, At: path.Root(attrAccessGrantID),
		What: fmt.Sprintf("%s %q", attrAccessGrantID, lookup.AccessGrantID), Source: d.provider.CredentialSource}
	matches := func(g *seam.AccessGrant) bool { return g.AccessGrantID == lookup.AccessGrantID }
	if lookup.AccessGrantID == "" {
		asked.At, asked.What = path.Root(attrAccessGrantKey), fmt.Sprintf("%s %q", attrAccessGrantKey, lookup.AccessGrantKey)
		matches = func(g *seam.AccessGrant) bool {
			return g.AccessGrantKey != nil && *g.AccessGrantKey == lookup.AccessGrantKey
		}
	}
	grant, err := client.GetAccessGrant(ctx, lookup)
	grant, bad := shared.Answered(asked, grant, err, matches, grantID)
	if bad != nil {
		resp.Diagnostics.Append(bad)
		return
	}
	methods, err := client.ListAccessMethods(ctx, grant.AccessGrantID)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic(fmt.Sprintf("Listing the access methods of grant %q", grant.AccessGrantID), err,
			d.provider.CredentialSource))
		return
	}
	m.RequestedAccessMethods = types.ListNull(requestedType)
	resp.Diagnostics.Append(m.fill(ctx, grant, methods)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
