package connectwebview

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var _ list.ListResourceWithConfigure = (*connectWebviewListResource)(nil)

// connectWebviewListResource finds Connect Webviews for `terraform query` (Terraform 1.14+).
type connectWebviewListResource struct {
	provider *shared.ProviderData
}

func NewListResource() list.ListResource { return &connectWebviewListResource{} }

type connectWebviewFilterModel struct {
	CustomerKey       types.String `tfsdk:"customer_key"`
	UserIdentifierKey types.String `tfsdk:"user_identifier_key"`
}

func (l *connectWebviewListResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_connect_webview"
}

func (l *connectWebviewListResource) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	resp.Schema = listschema.Schema{
		Description: "Finds Connect Webviews for `terraform query`, to adopt with import blocks: each with its arguments and status. " +
			"Its `url` is never in the results: it carries an `auth_token`, and `terraform query -json` prints results in clear; " +
			"it is read once the webview is imported.",
		Attributes: map[string]listschema.Attribute{
			attrCustomerKey: listschema.StringAttribute{Optional: true, Validators: nonEmpty,
				Description: "Only webviews of this customer."},
			"user_identifier_key": listschema.StringAttribute{Optional: true, Validators: nonEmpty,
				Description: "Only webviews made for the user your app knows by this key."},
		},
	}
}

func (l *connectWebviewListResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	l.provider = pd
}

func (l *connectWebviewListResource) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	var f connectWebviewFilterModel
	diags := req.Config.Get(ctx, &f)
	ctx, client, d := l.provider.Seam(ctx, "list."+resourceType)
	diags.Append(d...)
	if diags.HasError() {
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	webviews, err := client.ListConnectWebviews(ctx, seam.ConnectWebviewFilter{
		CustomerKey: f.CustomerKey.ValueString(), UserIdentifierKey: f.UserIdentifierKey.ValueString(),
	})
	if err != nil {
		diags.Append(shared.APIErrorDiagnostic("Listing Connect Webviews", err, l.provider.CredentialSource))
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	stream.Results = shared.ListResults(req, webviews, func(item *seam.ConnectWebview) list.ListResult { return result(ctx, req, item) })
}

func result(ctx context.Context, req list.ListRequest, w *seam.ConnectWebview) list.ListResult {
	r := req.NewListResult(ctx)
	r.DisplayName = w.ConnectWebviewID + " (" + w.Status + ")"
	r.Diagnostics.Append(shared.SetIdentity(ctx, r.Identity, descriptor, w.ConnectWebviewID)...)
	if req.IncludeResource {
		m := connectWebviewResourceModel{ProviderCategory: types.StringNull(), ExcludedProviders: types.SetNull(types.StringType)}
		r.Diagnostics.Append(m.fill(ctx, w)...)
		// terraform query -json prints results in clear; the url is a bearer link to a login page.
		m.URL = types.StringNull()
		r.Diagnostics.Append(r.Resource.Set(ctx, &m)...)
	}
	return r
}
