package useridentity

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var _ list.ListResourceWithConfigure = (*userIdentityListResource)(nil)

// userIdentityListResource finds user identities for `terraform query` (Terraform 1.14+).
type userIdentityListResource struct {
	provider *shared.ProviderData
}

func NewListResource() list.ListResource { return &userIdentityListResource{} }

type userIdentityFilterModel struct {
	Search types.String `tfsdk:"search"`
}

func (l *userIdentityListResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_user_identity"
}

func (l *userIdentityListResource) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	resp.Schema = listschema.Schema{
		Description: "Finds user identities for `terraform query`, to adopt with import blocks: each with its key, email address, " +
			"phone number and name. A user identity holds no secret.",
		Attributes: map[string]listschema.Attribute{
			"search": listschema.StringAttribute{Optional: true, Validators: nonEmpty,
				Description: "Only identities whose key, email address, phone number or name holds this text."},
		},
	}
}

func (l *userIdentityListResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	l.provider = pd
}

func (l *userIdentityListResource) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	var f userIdentityFilterModel
	diags := req.Config.Get(ctx, &f)
	ctx, client, d := l.provider.Seam(ctx, "list."+resourceType)
	diags.Append(d...)
	if diags.HasError() {
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	identities, err := client.ListUserIdentities(ctx, f.Search.ValueString())
	if err != nil {
		diags.Append(shared.APIErrorDiagnostic("Listing user identities", err, l.provider.CredentialSource))
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	stream.Results = shared.ListResults(req, identities, func(item *seam.UserIdentity) list.ListResult { return result(ctx, req, item) })
}

func result(ctx context.Context, req list.ListRequest, u *seam.UserIdentity) list.ListResult {
	r := req.NewListResult(ctx)
	r.DisplayName = u.DisplayName
	r.Diagnostics.Append(shared.SetIdentity(ctx, r.Identity, descriptor, u.UserIdentityID)...)
	if req.IncludeResource {
		var m userIdentityModel
		r.Diagnostics.Append(m.fill(ctx, u)...)
		r.Diagnostics.Append(r.Resource.Set(ctx, &m)...)
	}
	return r
}
