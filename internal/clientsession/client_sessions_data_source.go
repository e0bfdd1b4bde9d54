package clientsession

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/instant"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var _ datasource.DataSourceWithConfigure = (*clientSessionsDataSource)(nil)

// clientSessionsModel is the list data source's configuration and state.
type clientSessionsModel struct {
	ID                       types.String        `tfsdk:"id"`
	ClientSessionID          types.String        `tfsdk:"client_session_id"`
	UserIdentifierKey        types.String        `tfsdk:"user_identifier_key"`
	ConnectWebviewID         types.String        `tfsdk:"connect_webview_id"`
	UserIdentityID           types.String        `tfsdk:"user_identity_id"`
	WithoutUserIdentifierKey types.Bool          `tfsdk:"without_user_identifier_key"`
	IncludeTokens            types.Bool          `tfsdk:"include_tokens"`
	ClientSessions           []clientSessionItem `tfsdk:"client_sessions"`
	Tokens                   types.Map           `tfsdk:"tokens"`
}

// clientSessionItem is one session of the list: the data source's attributes but the token,
// which sits in the list's one sensitive map (a sensitive attribute in each of N objects
// costs Terraform core time in N²), and Seam's deprecated user_identity_ids.
type clientSessionItem struct {
	ID                  types.String  `tfsdk:"id"`
	ClientSessionID     types.String  `tfsdk:"client_session_id"`
	UserIdentifierKey   types.String  `tfsdk:"user_identifier_key"`
	WorkspaceID         types.String  `tfsdk:"workspace_id"`
	CreatedAt           instant.Value `tfsdk:"created_at"`
	ExpiresAt           instant.Value `tfsdk:"expires_at"`
	DeviceCount         types.Int64   `tfsdk:"device_count"`
	ConnectedAccountIDs types.Set     `tfsdk:"connected_account_ids"`
	ConnectWebviewIDs   types.Set     `tfsdk:"connect_webview_ids"`
	UserIdentityID      types.String  `tfsdk:"user_identity_id"`
	CustomerKey         types.String  `tfsdk:"customer_key"`
	CustomerID          types.String  `tfsdk:"customer_id"`
}

// listItemLeavesOut are the session's attributes a list item does not have.
var listItemLeavesOut = []string{attrToken, attrUserIdentityIDs}

func itemOf(m clientSessionModel) clientSessionItem {
	return clientSessionItem{
		ID: m.ID, ClientSessionID: m.ClientSessionID, UserIdentifierKey: m.UserIdentifierKey, WorkspaceID: m.WorkspaceID,
		CreatedAt: m.CreatedAt, ExpiresAt: m.ExpiresAt, DeviceCount: m.DeviceCount, ConnectedAccountIDs: m.ConnectedAccountIDs,
		ConnectWebviewIDs: m.ConnectWebviewIDs, UserIdentityID: m.UserIdentityID, CustomerKey: m.CustomerKey, CustomerID: m.CustomerID,
	}
}

type clientSessionsDataSource struct {
	provider *shared.ProviderData
}

func NewListDataSource() datasource.DataSource { return &clientSessionsDataSource{} }

func (d *clientSessionsDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_client_sessions"
}

func (d *clientSessionsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	filter := func(description string) schema.StringAttribute {
		return schema.StringAttribute{Description: description, Optional: true, Validators: []validator.String{stringvalidator.LengthAtLeast(1)}}
	}
	resp.Schema = schema.Schema{
		Description: "Lists the client sessions of the workspace that match every filter given, in one call to Seam " +
			"(`/client_sessions/list`). Tokens are in one sensitive map, `tokens`, filled only when `include_tokens` is " +
			"true, so that an audit does not put a workspace's worth of tokens in the state. Needs an API key or a personal " +
			"access token.",
		Attributes: map[string]schema.Attribute{
			attrID: schema.StringAttribute{Computed: true,
				Description: "An identifier of this list: the same for the same filters and include_tokens."},
			attrClientSessionID:   filter("Only the session with this ID."),
			attrUserIdentifierKey: filter("Only the session with this user identifier key."),
			"connect_webview_id":  filter("Only sessions that give access to this Connect Webview."),
			attrUserIdentityID:    filter("Only sessions associated with this user identity."),
			"without_user_identifier_key": schema.BoolAttribute{Optional: true,
				Description: "When true, only sessions that have no user identifier key."},
			"include_tokens": schema.BoolAttribute{Optional: true,
				Description: "When true, `tokens` holds each session's token (marked sensitive); otherwise it is null. Default false."},
			"client_sessions": schema.ListNestedAttribute{
				Computed: true,
				Description: "The matching sessions, oldest first (by `created_at`, then by ID), each with the attributes of " +
					"the `seam_client_session` data source but `token` (see `tokens`) and Seam's deprecated `user_identity_ids`.",
				NestedObject: schema.NestedAttributeObject{Attributes: dataSourceAttributes(false, listItemLeavesOut...)},
			},
			"tokens": schema.MapAttribute{
				Computed: true, Sensitive: true, ElementType: types.StringType,
				Description: "Each matching session's token (`seam_cst...`), by client session ID, when `include_tokens` is " +
					"true; null otherwise. One sensitive map, not a sensitive attribute in each session: Terraform's cost of " +
					"the latter grows with the square of the sessions listed.",
			},
		},
	}
}

func (d *clientSessionsDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	d.provider = pd
}

func (d *clientSessionsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m clientSessionsModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := d.provider.Seam(ctx, "seam_client_sessions")
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	filter := seam.ClientSessionFilter{
		ClientSessionID:          m.ClientSessionID.ValueString(),
		UserIdentifierKey:        m.UserIdentifierKey.ValueString(),
		ConnectWebviewID:         m.ConnectWebviewID.ValueString(),
		UserIdentityID:           m.UserIdentityID.ValueString(),
		WithoutUserIdentifierKey: m.WithoutUserIdentifierKey.ValueBool(),
	}
	tflog.Debug(ctx, "Listing Seam client sessions", map[string]any{"filter": fmt.Sprintf("%+v", filter)})
	sessions, err := client.ListClientSessions(ctx, filter)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic("Listing client sessions", err, d.provider.CredentialSource))
		return
	}
	if ws := client.Credential().WorkspaceID(); ws != "" {
		for _, s := range sessions {
			if s.WorkspaceID != ws {
				resp.Diagnostics.AddError("Seam returned a client session of another workspace",
					fmt.Sprintf("The provider acts in workspace %q (workspace_id), and Seam's list holds client session %q of "+
						"workspace %q. The list is not used. Check workspace_id (or SEAM_WORKSPACE_ID) and the endpoint.", ws, s.ClientSessionID, s.WorkspaceID))
				return
			}
		}
	}
	slices.SortFunc(sessions, func(a, b seam.ClientSession) int {
		if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ClientSessionID, b.ClientSessionID)
	})
	m.ClientSessions = make([]clientSessionItem, len(sessions))
	for i := range sessions {
		var session clientSessionModel
		resp.Diagnostics.Append(session.fill(ctx, &sessions[i])...)
		m.ClientSessions[i] = itemOf(session)
	}
	m.Tokens = types.MapNull(types.StringType)
	if m.IncludeTokens.ValueBool() {
		tokens := make(map[string]attr.Value, len(sessions))
		for _, s := range sessions {
			tokens[s.ClientSessionID] = types.StringValue(s.Token)
		}
		var d diag.Diagnostics
		m.Tokens, d = types.MapValue(types.StringType, tokens)
		resp.Diagnostics.Append(d...)
	}
	m.ID = types.StringValue(shared.FilterID(struct {
		Filter        seam.ClientSessionFilter `json:"filter"`
		IncludeTokens bool                     `json:"include_tokens"`
	}{filter, m.IncludeTokens.ValueBool()}))
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
