package useridentity

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
	_ datasource.DataSourceWithConfigure        = (*userIdentityDataSource)(nil)
	_ datasource.DataSourceWithConfigValidators = (*userIdentityDataSource)(nil)
)

type userIdentityDataSource struct {
	provider *shared.ProviderData
}

func NewDataSource() datasource.DataSource { return &userIdentityDataSource{} }

func (d *userIdentityDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_user_identity"
}

func (d *userIdentityDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	computed := func(description string) schema.StringAttribute {
		return schema.StringAttribute{Description: description, Computed: true}
	}
	resp.Schema = schema.Schema{
		Description: "Reads a Seam user identity by `user_identity_id` or by `user_identity_key`.",
		Attributes: map[string]schema.Attribute{
			attrID: computed("The user identity's ID, the same as `user_identity_id`."),
			attrUserIdentityID: schema.StringAttribute{
				Description: "The ID of the user identity to read. Set this or `user_identity_key`, not both.",
				Optional:    true, Computed: true, Validators: nonEmpty,
			},
			attrUserIdentityKey: schema.StringAttribute{
				Description: "Your app's key for the user identity to read. Set this or `user_identity_id`, not both. When " +
					"the identity is looked up by ID, Seam's value, or null.",
				Optional: true, Computed: true, Validators: nonEmpty,
			},
			attrEmailAddress: computed("The user's email address, or null."),
			attrPhoneNumber:  computed("The user's phone number in E.164 format, or null."),
			attrFullName:     computed("The user's full name, or null."),
			attrDisplayName:  computed("The name Seam shows for the user, made from the full name, email address or phone number."),
			attrWorkspaceID:  computed("The ID of the workspace the user identity belongs to."),
			attrCreatedAt: schema.StringAttribute{
				Description: "When the user identity was created, in RFC 3339 format.", CustomType: instant.Type{}, Computed: true,
			},
			attrAcsUserIDs: schema.SetAttribute{
				Description: "The IDs of the access system users linked to the user identity.", ElementType: types.StringType, Computed: true,
			},
		},
	}
}

func (d *userIdentityDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{
		datasourcevalidator.ExactlyOneOf(path.MatchRoot(attrUserIdentityID), path.MatchRoot(attrUserIdentityKey)),
	}
}

func (d *userIdentityDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	d.provider = pd
}

func (d *userIdentityDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var model userIdentityModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &model)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := d.provider.Seam(ctx, "data."+resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	lookup := seam.UserIdentityLookup{UserIdentityID: model.UserIdentityID.ValueString(), UserIdentityKey: model.UserIdentityKey.ValueString()}
	asked := shared.Asked{Object: descriptor, At: path.Root(attrUserIdentityID),
		What: fmt.Sprintf("%s %q", attrUserIdentityID, lookup.UserIdentityID), Source: d.provider.CredentialSource}
	if lookup.UserIdentityID == "" {
		asked.At, asked.What = path.Root(attrUserIdentityKey), fmt.Sprintf("%s %q", attrUserIdentityKey, lookup.UserIdentityKey)
	}
	identity, err := client.GetUserIdentity(ctx, lookup)
	identity, bad := shared.Answered(asked, identity, err, func(u *seam.UserIdentity) bool {
		return u.UserIdentityID == lookup.UserIdentityID || u.UserIdentityKey != nil && *u.UserIdentityKey == lookup.UserIdentityKey
	}, identityID)
	if bad != nil {
		resp.Diagnostics.Append(bad)
		return
	}
	resp.Diagnostics.Append(model.fill(ctx, identity)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &model)...)
}
