package accessgrant

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var _ list.ListResourceWithConfigure = (*accessGrantListResource)(nil)

// accessGrantListResource finds access grants for `terraform query` (Terraform 1.14+).
type accessGrantListResource struct {
	provider *shared.ProviderData
}

func NewListResource() list.ListResource { return &accessGrantListResource{} }

type accessGrantFilterModel struct {
	UserIdentityID types.String `tfsdk:"user_identity_id"`
	SpaceID        types.String `tfsdk:"space_id"`
	AccessGrantKey types.String `tfsdk:"access_grant_key"`
}

func (l *accessGrantListResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_access_grant"
}

func (l *accessGrantListResource) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	resp.Schema = listschema.Schema{
		Description: "Finds access grants for `terraform query`, to adopt with import blocks. No PIN code, client session " +
			"token or Instant Key URL is ever in the results: `terraform query -json` prints them in clear; they are read once " +
			"the grant is imported.",
		Attributes: map[string]listschema.Attribute{
			attrUserIdentityID: listschema.StringAttribute{Optional: true, Validators: nonEmpty, Description: "Only grants to this user identity."},
			"space_id":         listschema.StringAttribute{Optional: true, Validators: nonEmpty, Description: "Only grants that open this space."},
			attrAccessGrantKey: listschema.StringAttribute{Optional: true, Validators: nonEmpty, Description: "Only the grant with this key."},
		},
	}
}

func (l *accessGrantListResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	l.provider = pd
}

func (l *accessGrantListResource) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	var f accessGrantFilterModel
	diags := req.Config.Get(ctx, &f)
	ctx, client, d := l.provider.Seam(ctx, "list."+resourceType)
	diags.Append(d...)
	if diags.HasError() {
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	grants, err := client.ListAccessGrants(ctx, seam.AccessGrantFilter{UserIdentityID: f.UserIdentityID.ValueString(),
		SpaceID: f.SpaceID.ValueString(), AccessGrantKey: f.AccessGrantKey.ValueString()})
	if err != nil {
		diags.Append(shared.APIErrorDiagnostic("Listing access grants", err, l.provider.CredentialSource))
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	stream.Results = shared.ListResults(req, grants, func(g *seam.AccessGrant) list.ListResult {
		r := req.NewListResult(ctx)
		r.DisplayName = g.DisplayName
		r.Diagnostics.Append(shared.SetIdentity(ctx, r.Identity, descriptor, g.AccessGrantID)...)
		if req.IncludeResource {
			methods, err := client.ListAccessMethods(ctx, g.AccessGrantID)
			if err != nil {
				r.Diagnostics.Append(shared.APIErrorDiagnostic("Listing the access methods of grant "+g.AccessGrantID, err, l.provider.CredentialSource))
				return r
			}
			m := accessGrantResourceModel{DeviceIDs: types.SetNull(types.StringType), AcsEntranceIDs: types.SetNull(types.StringType)}
			m.RequestedAccessMethods = types.ListNull(requestedType)
			r.Diagnostics.Append(m.withoutSecrets(ctx, g, methods)...)
			r.Diagnostics.Append(r.Resource.Set(ctx, &m)...)
		}
		return r
	})
}
