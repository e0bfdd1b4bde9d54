package clientsession

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// filterOf is Seam's filter of a list's configuration: the data source's, or a list block's.
func filterOf(config shared.Attrs) seam.ClientSessionFilter {
	without := config.Bool("without_user_identifier_key")
	return seam.ClientSessionFilter{ClientSessionID: config.String(attrClientSessionID), UserIdentifierKey: config.String(attrUserIdentifierKey),
		ConnectWebviewID: config.String("connect_webview_id"), UserIdentityID: config.String(attrUserIdentityID),
		WithoutUserIdentifierKey: without != nil && *without}
}

// otherWorkspaceError is a list holding a session of another workspace than the personal
// access token's: the list is not used.
type otherWorkspaceError struct{ want, sessionID, got string }

func (e *otherWorkspaceError) Error() string {
	return fmt.Sprintf("Seam's list holds client session %q of workspace %q, and the provider acts in workspace %q", e.sessionID, e.got, e.want)
}

func (e *otherWorkspaceError) Diagnostic() diag.Diagnostic {
	return diag.NewErrorDiagnostic("Seam returned a client session of another workspace",
		fmt.Sprintf("The provider acts in workspace %q (workspace_id), and Seam's list holds client session %q of workspace %q. "+
			"The list is not used. Check workspace_id (or SEAM_WORKSPACE_ID) and the endpoint.", e.want, e.sessionID, e.got))
}

// NewListDataSource lists the client sessions that match every filter given, oldest first.
// Their tokens are in one sensitive map, filled only with include_tokens: a sensitive
// attribute in each of N objects costs Terraform core time in N².
func NewListDataSource() datasource.DataSource {
	filter := func(description string) schema.StringAttribute {
		return schema.StringAttribute{Description: description, Optional: true, Validators: shared.NonEmpty}
	}
	return &shared.ListDataSource[session]{
		DataSourceBase: shared.DataSourceBase{Object: descriptor, TypeName: "seam_client_sessions"},
		Doc: "Lists the client sessions of the workspace that match every filter given, in one call to Seam " +
			"(`/client_sessions/list`). Tokens are in one sensitive map, `tokens`, filled only when `include_tokens` is " +
			"true, so that an audit does not put a workspace's worth of tokens in the state. Needs an API key or a personal " +
			"access token.",
		Filters: map[string]schema.Attribute{
			attrClientSessionID:   filter("Only the session with this ID."),
			attrUserIdentifierKey: filter("Only the session with this user identifier key."),
			"connect_webview_id":  filter("Only sessions that give access to this Connect Webview."),
			attrUserIdentityID:    filter("Only sessions associated with this user identity."),
			"without_user_identifier_key": schema.BoolAttribute{Optional: true,
				Description: "When true, only sessions that have no user identifier key."},
			"include_tokens": schema.BoolAttribute{Optional: true,
				Description: "When true, `tokens` holds each session's token (marked sensitive); otherwise it is null. Default false."},
		},
		Items: "client_sessions", IDs: "client_session_ids",
		ItemsDoc: "The matching sessions, oldest first (by `created_at`, then by ID), each with the attributes of the " +
			"`seam_client_session` data source but `token` (see `tokens`) and Seam's deprecated `user_identity_ids`.",
		IDsDoc: "The IDs of the matching sessions, in the order of `client_sessions`.",
		Table:  attributes, ID: sessionID,
		Find: func(ctx context.Context, client *seam.Client, config shared.Attrs) ([]session, error) {
			sessions, err := client.ListClientSessions(ctx, filterOf(config))
			if err != nil {
				return nil, err
			}
			if ws := client.Credential().WorkspaceID(); ws != "" {
				for _, s := range sessions {
					if s.WorkspaceID != ws {
						return nil, &otherWorkspaceError{want: ws, sessionID: s.ClientSessionID, got: s.WorkspaceID}
					}
				}
			}
			slices.SortFunc(sessions, func(a, b seam.ClientSession) int {
				if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
					return c
				}
				return strings.Compare(a.ClientSessionID, b.ClientSessionID)
			})
			out := make([]session, len(sessions))
			for i := range sessions {
				out[i] = *viewOf(&sessions[i])
			}
			return out, nil
		},
		FilterID: func(config shared.Attrs) string {
			include := config.Bool("include_tokens")
			return shared.FilterID(struct {
				Filter        seam.ClientSessionFilter `json:"filter"`
				IncludeTokens bool                     `json:"include_tokens"`
			}{filterOf(config), include != nil && *include})
		},
		More: map[string]schema.Attribute{
			"tokens": schema.MapAttribute{
				Computed: true, Sensitive: true, ElementType: types.StringType,
				Description: "Each matching session's token (`seam_cst...`), by client session ID, when `include_tokens` is " +
					"true; null otherwise. One sensitive map, not a sensitive attribute in each session: Terraform's cost of " +
					"the latter grows with the square of the sessions listed.",
			},
		},
		MoreValues: func(config shared.Attrs, sessions []session) map[string]tftypes.Value {
			typ := tftypes.Map{ElementType: tftypes.String}
			if include := config.Bool("include_tokens"); include == nil || !*include {
				return map[string]tftypes.Value{"tokens": tftypes.NewValue(typ, nil)}
			}
			tokens := make(map[string]tftypes.Value, len(sessions))
			for _, s := range sessions {
				tokens[s.ClientSessionID] = tftypes.NewValue(tftypes.String, s.Token)
			}
			return map[string]tftypes.Value{"tokens": tftypes.NewValue(typ, tokens)}
		},
	}
}
