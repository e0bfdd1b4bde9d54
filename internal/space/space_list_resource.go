package space

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var _ list.ListResourceWithConfigure = (*spaceListResource)(nil)

// spaceListResource finds spaces for `terraform query` (Terraform 1.14+).
type spaceListResource struct {
	provider *shared.ProviderData
}

func NewListResource() list.ListResource { return &spaceListResource{} }

type spaceFilterModel struct {
	Search      types.String `tfsdk:"search"`
	SpaceKey    types.String `tfsdk:"space_key"`
	CustomerKey types.String `tfsdk:"customer_key"`
}

func (l *spaceListResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_space"
}

func (l *spaceListResource) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	resp.Schema = listschema.Schema{
		Description: "Finds spaces for `terraform query`, to adopt with import blocks: each with its name, key and the devices it " +
			"holds (one list of the workspace's devices serves every space). A space holds no secret.",
		Attributes: map[string]listschema.Attribute{
			"search": listschema.StringAttribute{Optional: true, Validators: nonEmpty,
				Description: "Only spaces whose name, key or customer key holds this text."},
			attrSpaceKey:    listschema.StringAttribute{Optional: true, Validators: nonEmpty, Description: "Only the space with this key."},
			attrCustomerKey: listschema.StringAttribute{Optional: true, Validators: nonEmpty, Description: "Only spaces of this customer."},
		},
	}
}

func (l *spaceListResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	l.provider = pd
}

func (l *spaceListResource) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	var f spaceFilterModel
	diags := req.Config.Get(ctx, &f)
	ctx, client, d := l.provider.Seam(ctx, "list."+resourceType)
	diags.Append(d...)
	if diags.HasError() {
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	spaces, err := client.ListSpaces(ctx, seam.SpaceFilter{Search: f.Search.ValueString(), SpaceKey: f.SpaceKey.ValueString(),
		CustomerKey: f.CustomerKey.ValueString()})
	if err != nil {
		diags.Append(shared.APIErrorDiagnostic("Listing spaces", err, l.provider.CredentialSource))
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	// Every space's devices from one list of the workspace's devices, not a list per space.
	held := map[string][]string{}
	if req.IncludeResource {
		devices, err := client.ListDevices(ctx, seam.DeviceFilter{})
		if err != nil {
			diags.Append(shared.APIErrorDiagnostic("Listing the devices of the spaces", err, l.provider.CredentialSource))
			stream.Results = list.ListResultsStreamDiagnostics(diags)
			return
		}
		for _, dev := range devices {
			for _, sp := range dev.SpaceIDs {
				held[sp] = append(held[sp], dev.DeviceID)
			}
		}
	}
	stream.Results = shared.ListResults(req, spaces, func(sp *seam.Space) list.ListResult {
		r := req.NewListResult(ctx)
		r.DisplayName = sp.DisplayName
		r.Diagnostics.Append(shared.SetIdentity(ctx, r.Identity, descriptor, sp.SpaceID)...)
		if req.IncludeResource {
			var m spaceResourceModel
			r.Diagnostics.Append(m.fill(ctx, sp, held[sp.SpaceID])...)
			r.Diagnostics.Append(m.fillEntrances(ctx, sp)...)
			r.Diagnostics.Append(r.Resource.Set(ctx, &m)...)
		}
		return r
	})
}
