package clientsession

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var _ list.ListResourceWithConfigure = (*clientSessionListResource)(nil)

// clientSessionListResource finds sessions for `terraform query` (Terraform 1.14+), with the
// filters of seam_client_sessions, so that sessions an app made can be adopted.
type clientSessionListResource struct {
	provider *shared.ProviderData
}

func NewListResource() list.ListResource { return &clientSessionListResource{} }

// clientSessionFilterModel is a list block's configuration.
type clientSessionFilterModel struct {
	ClientSessionID          types.String `tfsdk:"client_session_id"`
	UserIdentifierKey        types.String `tfsdk:"user_identifier_key"`
	ConnectWebviewID         types.String `tfsdk:"connect_webview_id"`
	UserIdentityID           types.String `tfsdk:"user_identity_id"`
	WithoutUserIdentifierKey types.Bool   `tfsdk:"without_user_identifier_key"`
}

func (l *clientSessionListResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_client_session"
}

func (l *clientSessionListResource) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	filter := func(description string) listschema.StringAttribute {
		return listschema.StringAttribute{Description: description, Optional: true, Validators: []validator.String{stringvalidator.LengthAtLeast(1)}}
	}
	resp.Schema = listschema.Schema{
		Description: "Finds client sessions for `terraform query`, to adopt with import blocks. The token is never in the " +
			"results: `terraform query -json` prints them in clear; it is read once the session is imported.",
		Attributes: map[string]listschema.Attribute{
			attrClientSessionID:   filter("Only the session with this ID."),
			attrUserIdentifierKey: filter("Only the session with this user identifier key."),
			"connect_webview_id":  filter("Only sessions that give access to this Connect Webview."),
			attrUserIdentityID:    filter("Only sessions associated with this user identity."),
			"without_user_identifier_key": listschema.BoolAttribute{Optional: true,
				Description: "When true, only sessions that have no user identifier key."},
		},
	}
}

func (l *clientSessionListResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	l.provider = pd
}

func (l *clientSessionListResource) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	var f clientSessionFilterModel
	diags := req.Config.Get(ctx, &f)
	ctx, client, d := l.provider.Seam(ctx, "list."+resourceType)
	diags.Append(d...)
	if diags.HasError() {
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	sessions, err := client.ListClientSessions(ctx, seam.ClientSessionFilter{
		ClientSessionID: f.ClientSessionID.ValueString(), UserIdentifierKey: f.UserIdentifierKey.ValueString(),
		ConnectWebviewID: f.ConnectWebviewID.ValueString(), UserIdentityID: f.UserIdentityID.ValueString(),
		WithoutUserIdentifierKey: f.WithoutUserIdentifierKey.ValueBool(),
	})
	if err != nil {
		diags.Append(shared.APIErrorDiagnostic("Listing client sessions", err, l.provider.CredentialSource))
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	stream.Results = shared.ListResults(req, sessions, func(item *seam.ClientSession) list.ListResult { return l.result(ctx, req, item) })
}

// result is one session as terraform query shows it: its identity, a name, and (when asked
// for) the resource's attributes without the token.
func (l *clientSessionListResource) result(ctx context.Context, req list.ListRequest, s *seam.ClientSession) list.ListResult {
	result := req.NewListResult(ctx)
	result.DisplayName = s.ClientSessionID
	if s.UserIdentifierKey != nil {
		result.DisplayName = fmt.Sprintf("%s (%s %s)", s.ClientSessionID, attrUserIdentifierKey, *s.UserIdentifierKey)
	}
	result.Diagnostics.Append(shared.SetIdentity(ctx, result.Identity, descriptor, s.ClientSessionID)...)
	if req.IncludeResource {
		m := clientSessionResourceModel{RenewBefore: shared.NewDurationNull()}
		result.Diagnostics.Append(m.fill(ctx, s)...)
		m.Token = types.StringNull()
		result.Diagnostics.Append(result.Resource.Set(ctx, &m)...)
	}
	return result
}
