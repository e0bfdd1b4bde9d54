package standin

import (
	"net/http"
	"slices"
	"time"

	"github.com/google/uuid"
)

// Webview is a Connect Webview as the stand-in holds it: enough of Seam's object for the
// client session's tests, whose sessions list webviews and gain their accounts.
type Webview struct {
	ConnectWebviewID   string
	WorkspaceID        string
	CreatedAt          time.Time
	ConnectedAccountID *string
	AuthorizedAt       *time.Time
}

// InsertWebview adds a pending Connect Webview to workspaceID and returns its ID.
func (s *Server) InsertWebview(workspaceID string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := &Webview{ConnectWebviewID: uuid.NewString(), WorkspaceID: workspaceID, CreatedAt: time.Now()}
	s.webviews = append(s.webviews, w)
	return w.ConnectWebviewID
}

// CompleteWebview is the end user's login through a webview, as Seam records it: the
// webview is authorized with a new connected account, and every session that lists the
// webview gains that account. It returns the account's ID.
func (s *Server) CompleteWebview(connectWebviewID string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := slices.IndexFunc(s.webviews, func(w *Webview) bool { return w.ConnectWebviewID == connectWebviewID })
	if i < 0 {
		s.fail("stand-in: no Connect Webview %s to complete", connectWebviewID)
		return ""
	}
	account, now := uuid.NewString(), time.Now()
	s.webviews[i].ConnectedAccountID, s.webviews[i].AuthorizedAt = &account, &now
	for _, session := range s.sessions {
		if slices.Contains(session.ConnectWebviewIDs, connectWebviewID) {
			session.ConnectedAccountIDs = union(session.ConnectedAccountIDs, []string{account})
		}
	}
	return account
}

// json is the webview as Seam sends it, every required field of Seam's schema included.
func (w *Webview) json() map[string]any {
	status, authorizedAt, account := "pending", any(nil), any(nil)
	if w.ConnectedAccountID != nil {
		status, authorizedAt, account = "authorized", timestamp(*w.AuthorizedAt), *w.ConnectedAccountID
	}
	return map[string]any{
		"connect_webview_id":               w.ConnectWebviewID,
		"workspace_id":                     w.WorkspaceID,
		"created_at":                       timestamp(w.CreatedAt),
		"connected_account_id":             account,
		"url":                              "https://connect.getseam.com/connect_webviews/view?connect_webview_id=" + w.ConnectWebviewID,
		"device_selection_mode":            "none",
		"accepted_providers":               []string{},
		"accepted_capabilities":            []string{},
		"accepted_devices":                 []string{},
		"any_device_allowed":               true,
		"any_provider_allowed":             true,
		"login_successful":                 w.ConnectedAccountID != nil,
		"status":                           status,
		"custom_redirect_url":              nil,
		"custom_redirect_failure_url":      nil,
		"custom_metadata":                  map[string]any{},
		"automatically_manage_new_devices": true,
		"wait_for_device_creation":         false,
		"authorized_at":                    authorizedAt,
		"selected_provider":                nil,
	}
}

func (s *Server) getWebview(who caller, p params) answer {
	id, _ := p.str("connect_webview_id")
	for _, w := range s.webviews {
		if w.WorkspaceID == who.workspaceID && w.ConnectWebviewID == id {
			return ok(map[string]any{"connect_webview": w.json()})
		}
	}
	return fail(http.StatusNotFound, "connect_webview_not_found", "Connect webview not found")
}
