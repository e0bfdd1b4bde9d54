package seam

import (
	"context"
	"time"
)

var (
	clientSession            = object{"client session", "client sessions", "client_session_not_found", "client_session_token_already_exists"}
	routeGetClientSession    = declare(route{"/client_sessions/get", safeToRepeat, anyCredential, clientSession})
	routeCreateClientSession = declare(route{"/client_sessions/create", onlyIfNotSent, workspaceKeys, clientSession})
	routeListClientSessions  = declare(route{"/client_sessions/list", safeToRepeat, workspaceKeys, clientSession})
	routeGrantAccess         = declare(route{"/client_sessions/grant_access", safeToRepeat, workspaceKeys, clientSession})
	routeDeleteClientSession = declare(route{"/client_sessions/delete", safeToRepeat, workspaceKeys, clientSession})
)

// ClientSessionLookup names the session to get. With a client session token both fields
// may be empty: Seam then returns the token's own session.
type ClientSessionLookup struct {
	ClientSessionID   string `json:"client_session_id,omitempty"`
	UserIdentifierKey string `json:"user_identifier_key,omitempty"`
}

// GetClientSession calls /client_sessions/get.
func (c *Client) GetClientSession(ctx context.Context, lookup ClientSessionLookup) (*ClientSession, error) {
	return callFor[ClientSession](ctx, c, routeGetClientSession, lookup, "client_session")
}

// CreateClientSessionRequest is the body of /client_sessions/create; empty fields are left out.
type CreateClientSessionRequest struct {
	UserIdentifierKey   string    `json:"user_identifier_key,omitempty"`
	ConnectedAccountIDs []string  `json:"connected_account_ids,omitempty"`
	ConnectWebviewIDs   []string  `json:"connect_webview_ids,omitempty"`
	UserIdentityID      string    `json:"user_identity_id,omitempty"`
	CustomerKey         string    `json:"customer_key,omitempty"`
	CustomerID          string    `json:"customer_id,omitempty"`
	ExpiresAt           time.Time `json:"expires_at,omitzero"`
}

// CreateClientSession calls /client_sessions/create. It is retried only when Seam provably
// did not receive it: after any other failure a session may exist, and the caller must
// find out before it creates another (TransportError.NotSent, APIError.StatusCode).
func (c *Client) CreateClientSession(ctx context.Context, req CreateClientSessionRequest) (*ClientSession, error) {
	return callFor[ClientSession](ctx, c, routeCreateClientSession, req, "client_session")
}

// ClientSessionFilter is the body of /client_sessions/list; empty fields do not filter.
type ClientSessionFilter struct {
	ClientSessionID          string `json:"client_session_id,omitempty"`
	UserIdentifierKey        string `json:"user_identifier_key,omitempty"`
	ConnectWebviewID         string `json:"connect_webview_id,omitempty"`
	UserIdentityID           string `json:"user_identity_id,omitempty"`
	WithoutUserIdentifierKey bool   `json:"without_user_identifier_key,omitempty"`
}

// ListClientSessions calls /client_sessions/list: every matching session, in one call
// (Seam does not paginate it), in Seam's order.
func (c *Client) ListClientSessions(ctx context.Context, filter ClientSessionFilter) ([]ClientSession, error) {
	return listAll[ClientSession](ctx, c, routeListClientSessions, filter, "client_sessions")
}

// GrantAccessRequest is the body of /client_sessions/grant_access: what to add to a session.
type GrantAccessRequest struct {
	ClientSessionID     string   `json:"client_session_id"`
	ConnectedAccountIDs []string `json:"connected_account_ids,omitempty"`
	ConnectWebviewIDs   []string `json:"connect_webview_ids,omitempty"`
	UserIdentityID      string   `json:"user_identity_id,omitempty"`
}

// GrantClientSessionAccess calls /client_sessions/grant_access. Seam adds to what the
// session has, so repeating it changes nothing, and it is retried like a read.
func (c *Client) GrantClientSessionAccess(ctx context.Context, req GrantAccessRequest) (*ClientSession, error) {
	return callFor[ClientSession](ctx, c, routeGrantAccess, req, "client_session")
}

// DeleteClientSession calls /client_sessions/delete. A session already gone is Seam's
// not-found error (NotFoundError), which a caller may take as success.
func (c *Client) DeleteClientSession(ctx context.Context, clientSessionID string) error {
	body := struct {
		ClientSessionID string `json:"client_session_id"`
	}{clientSessionID}
	return c.call(ctx, routeDeleteClientSession, body, ignoreBody)
}
