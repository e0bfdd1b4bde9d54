package seam

import (
	"context"
	"time"
)

// AccessMethod is Seam's access_method object: one way an access grant's person gets in, a
// PIN code, a card, a mobile key. Code, ClientSessionToken and InstantKeyURL are credentials.
type AccessMethod struct {
	AccessMethodID     string     `json:"access_method_id"`
	WorkspaceID        string     `json:"workspace_id"`
	Mode               string     `json:"mode"`
	DisplayName        string     `json:"display_name"`
	IsIssued           bool       `json:"is_issued"`
	IssuedAt           *time.Time `json:"issued_at"`
	CreatedAt          time.Time  `json:"created_at"`
	Code               *string    `json:"code"`
	ClientSessionToken *string    `json:"client_session_token"`
	InstantKeyURL      *string    `json:"instant_key_url"`
}

func (m *AccessMethod) missingField() string {
	switch {
	case m.AccessMethodID == "":
		return "access_method_id"
	case m.Mode == "":
		return "mode"
	}
	return ""
}

var (
	accessMethod           = object{"access method", "access methods", "access_method_not_found", ""}
	routeListAccessMethods = declare(route{"/access_methods/list", safeToRepeat, workspaceKeys, accessMethod})
	routeGetAccessMethod   = declare(route{"/access_methods/get", safeToRepeat, workspaceKeys, accessMethod})
)

// AccessMethodFilter is the body of /access_methods/list; empty fields do not filter. With
// none, Seam lists every access method of the workspace ("Lists all access methods, usually
// filtered by Access Grant"): one call for the methods of many grants, which name theirs in
// access_method_ids.
type AccessMethodFilter struct {
	AccessGrantID string `json:"access_grant_id,omitempty"`
}

// ListAccessMethods calls /access_methods/list.
func (c *Client) ListAccessMethods(ctx context.Context, f AccessMethodFilter) ([]AccessMethod, error) {
	return listAll[AccessMethod](ctx, c, routeListAccessMethods, f, "access_methods")
}

// GetAccessMethod calls /access_methods/get.
func (c *Client) GetAccessMethod(ctx context.Context, accessMethodID string) (*AccessMethod, error) {
	body := struct {
		AccessMethodID string `json:"access_method_id"`
	}{accessMethodID}
	return callFor[AccessMethod](ctx, c, routeGetAccessMethod, body, "access_method")
}
