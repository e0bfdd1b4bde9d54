package clientsession

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewListResource finds sessions for `terraform query`, with the filters of
// seam_client_sessions, so that sessions an app made can be adopted.
func NewListResource() list.ListResource {
	filter := func(description string) listschema.StringAttribute {
		return listschema.StringAttribute{Description: description, Optional: true, Validators: shared.NonEmpty}
	}
	return &shared.ListResource[session]{
		ResourceBase: shared.ResourceBase{Object: descriptor},
		Doc: "Finds client sessions for `terraform query`, to adopt with import blocks. The token is never in the results: " +
			"`terraform query -json` prints them in clear; it is read once the session is imported.",
		Filters: map[string]listschema.Attribute{
			attrClientSessionID:   filter("Only the session with this ID."),
			attrUserIdentifierKey: filter("Only the session with this user identifier key."),
			"connect_webview_id":  filter("Only sessions that give access to this Connect Webview."),
			attrUserIdentityID:    filter("Only sessions associated with this user identity."),
			"without_user_identifier_key": listschema.BoolAttribute{Optional: true,
				Description: "When true, only sessions that have no user identifier key."},
		},
		Table: attributes, ID: sessionID,
		Display: func(s *session) string {
			if s.UserIdentifierKey != nil {
				return fmt.Sprintf("%s (%s %s)", s.ClientSessionID, attrUserIdentifierKey, *s.UserIdentifierKey)
			}
			return s.ClientSessionID
		},
		Find: func(ctx context.Context, client *seam.Client, config shared.Attrs, _ bool) ([]session, error) {
			sessions, err := client.ListClientSessions(ctx, filterOf(config))
			out := make([]session, len(sessions))
			for i := range sessions {
				out[i] = *viewOf(&sessions[i])
			}
			return out, err
		},
	}
}
