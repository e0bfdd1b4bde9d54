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
	routeListAccessMethods = route{"/access_methods/list", safeToRepeat, workspaceKeys, accessMethod}
	routeGetAccessMethod   = route{"/access_methods/get", safeToRepeat, workspaceKeys, accessMethod}
)

// ListAccessMethods calls /access_methods/list for one access grant.
func (c *Client) ListAccessMethods(ctx context.Context, accessGrantID string) ([]AccessMethod, error) {
	body := struct {
		AccessGrantID string `json:"access_grant_id"`
	}{accessGrantID}
	return listAll[AccessMethod](ctx, c, routeListAccessMethods, body, "access_methods")
}

// GetAccessMethod calls /access_methods/get.
func (c *Client) GetAccessMethod(ctx context.Context, accessMethodID string) (*AccessMethod, error) {
	body := struct {
		AccessMethodID string `json:"access_method_id"`
	}{accessMethodID}
	return callFor[AccessMethod](ctx, c, routeGetAccessMethod, body, "access_method")
}
