package standin

import (
	"net/http"
	"slices"
	"time"

	"github.com/google/uuid"
)

// Webview is a Connect Webview as the stand-in holds it. Seam's fake has no
// /connect_webviews/delete, and its webviews lack fields Seam's schema requires, so the
// stand-in serves the webview routes itself, and the fake's login simulation
// (/_fake/complete_connect_webview) for its own webviews.
type Webview struct {
	ConnectWebviewID string
	// AuthToken is in the webview's url, as in Seam's: whoever has the url can log in.
	AuthToken          string
	WorkspaceID        string
	CreatedAt          time.Time
	ConnectedAccountID *string
	AuthorizedAt       *time.Time
	// What its creator asked for; Seam's defaults when left out.
	AcceptedProviders             []string
	AcceptedCapabilities          []string
	CustomRedirectURL             *string
	CustomRedirectFailureURL      *string
	CustomerKey                   *string
	CustomMetadata                map[string]any
	AutomaticallyManageNewDevices bool
	WaitForDeviceCreation         bool
	DeviceSelectionMode           string
}

var webviewNotFound = fail(http.StatusNotFound, "connect_webview_not_found", "Connect webview not found")

func newWebview(workspaceID string) *Webview {
	return &Webview{
		ConnectWebviewID: uuid.NewString(), AuthToken: "cwat_" + randomHex(16), WorkspaceID: workspaceID, CreatedAt: time.Now(),
		AcceptedProviders: []string{}, AcceptedCapabilities: []string{}, CustomMetadata: map[string]any{},
		AutomaticallyManageNewDevices: true, DeviceSelectionMode: "none",
	}
}

// InsertWebview adds a pending Connect Webview to workspaceID and returns its ID.
func (s *Server) InsertWebview(workspaceID string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := newWebview(workspaceID)
	s.webviews = append(s.webviews, w)
	return w.ConnectWebviewID
}

// CompleteWebview is the end user's login through a webview, as Seam records it: the
// webview is authorized with a new connected account, and every session that lists the
// webview gains that account. It returns the account's ID.
func (s *Server) CompleteWebview(connectWebviewID string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	account, found := s.completeWebview(connectWebviewID)
	if !found {
		s.fail("stand-in: no Connect Webview %s to complete", connectWebviewID)
	}
	return account
}

// completeWebview completes the webview; s.mu must be held.
func (s *Server) completeWebview(connectWebviewID string) (string, bool) {
	i := slices.IndexFunc(s.webviews, func(w *Webview) bool { return w.ConnectWebviewID == connectWebviewID })
	if i < 0 {
		return "", false
	}
	account, now := uuid.NewString(), time.Now()
	s.webviews[i].ConnectedAccountID, s.webviews[i].AuthorizedAt = &account, &now
	for _, session := range s.sessions {
		if slices.Contains(session.ConnectWebviewIDs, connectWebviewID) {
			session.ConnectedAccountIDs = union(session.ConnectedAccountIDs, []string{account})
		}
	}
	return account, true
}

// json is the webview as Seam sends it, every required field of Seam's schema included.
func (w *Webview) json() map[string]any {
	status, authorizedAt, account, provider := "pending", any(nil), any(nil), any(nil)
	if w.ConnectedAccountID != nil {
		status, authorizedAt, account, provider = "authorized", timestamp(*w.AuthorizedAt), *w.ConnectedAccountID, "august"
	}
	m := map[string]any{
		"connect_webview_id":   w.ConnectWebviewID,
		"workspace_id":         w.WorkspaceID,
		"created_at":           timestamp(w.CreatedAt),
		"connected_account_id": account,
		"url": "https://connect.getseam.com/connect_webviews/view?connect_webview_id=" + w.ConnectWebviewID +
			"&auth_token=" + w.AuthToken,
		"device_selection_mode":            w.DeviceSelectionMode,
		"accepted_providers":               w.AcceptedProviders,
		"accepted_capabilities":            w.AcceptedCapabilities,
		"accepted_devices":                 []string{},
		"any_device_allowed":               len(w.AcceptedCapabilities) == 0,
		"any_provider_allowed":             len(w.AcceptedProviders) == 0,
		"login_successful":                 w.ConnectedAccountID != nil,
		"status":                           status,
		"custom_redirect_url":              nullable(w.CustomRedirectURL),
		"custom_redirect_failure_url":      nullable(w.CustomRedirectFailureURL),
		"custom_metadata":                  w.CustomMetadata,
		"automatically_manage_new_devices": w.AutomaticallyManageNewDevices,
		"wait_for_device_creation":         w.WaitForDeviceCreation,
		"authorized_at":                    authorizedAt,
		"selected_provider":                provider,
	}
	if w.CustomerKey != nil {
		m["customer_key"] = *w.CustomerKey
	}
	return m
}

func (s *Server) createWebview(who caller, p params) answer {
	w := newWebview(who.workspaceID)
	if v := p.strs("accepted_providers"); v != nil {
		w.AcceptedProviders = v
	}
	if v := p.strs("accepted_capabilities"); v != nil {
		w.AcceptedCapabilities = v
	}
	for name, field := range map[string]**string{
		"custom_redirect_url": &w.CustomRedirectURL, "custom_redirect_failure_url": &w.CustomRedirectFailureURL, "customer_key": &w.CustomerKey,
	} {
		if v, ok := p.str(name); ok {
			*field = &v
		}
	}
	if m, ok := p["custom_metadata"].(map[string]any); ok {
		w.CustomMetadata = m
	}
	if v, ok := p["automatically_manage_new_devices"].(bool); ok {
		w.AutomaticallyManageNewDevices = v
	}
	w.WaitForDeviceCreation = p.flag("wait_for_device_creation")
	if v, ok := p.str("device_selection_mode"); ok {
		w.DeviceSelectionMode = v
	}
	s.webviews = append(s.webviews, w)
	return ok(map[string]any{"connect_webview": w.json()})
}

func (s *Server) findWebview(who caller, p params) *Webview {
	id, _ := p.str("connect_webview_id")
	i := slices.IndexFunc(s.webviews, func(w *Webview) bool { return w.WorkspaceID == who.workspaceID && w.ConnectWebviewID == id })
	if i < 0 {
		return nil
	}
	return s.webviews[i]
}

func (s *Server) getWebview(who caller, p params) answer {
	w := s.findWebview(who, p)
	if w == nil {
		return webviewNotFound
	}
	return ok(map[string]any{"connect_webview": w.json()})
}

func (s *Server) deleteWebview(who caller, p params) answer {
	w := s.findWebview(who, p)
	if w == nil {
		return webviewNotFound
	}
	s.webviews = slices.DeleteFunc(s.webviews, func(x *Webview) bool { return x == w })
	return ok(map[string]any{})
}

// RemoveWebview deletes a webview behind the provider's back, as another tool would.
func (s *Server) RemoveWebview(connectWebviewID string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(s.webviews)
	s.webviews = slices.DeleteFunc(s.webviews, func(x *Webview) bool { return x.ConnectWebviewID == connectWebviewID })
	return len(s.webviews) < n
}

// serveCompleteWebview is Seam's fake's /_fake/complete_connect_webview, for the stand-in's
// webviews: it takes no credential, as the fake's does, and is no route of Seam's API.
func (s *Server) serveCompleteWebview(w http.ResponseWriter, body []byte) {
	p := readParams(&http.Request{}, body)
	id, _ := p.str("connect_webview_id")
	s.mu.Lock()
	_, found := s.completeWebview(id)
	s.mu.Unlock()
	if !found {
		writeJSON(w, "", webviewNotFound.status, webviewNotFound.body)
		return
	}
	writeJSON(w, "", http.StatusOK, map[string]any{})
}

// WebviewURLSecrets are the auth tokens of the stand-in's webviews: what must never be printed.
func (s *Server) WebviewURLSecrets() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	tokens := make([]string, len(s.webviews))
	for i, w := range s.webviews {
		tokens[i] = w.AuthToken
	}
	return tokens
}

// Webviews lists the stand-in's webview IDs, oldest first.
func (s *Server) Webviews() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	ids := make([]string, len(s.webviews))
	for i, w := range s.webviews {
		ids[i] = w.ConnectWebviewID
	}
	return ids
}

// listWebviews lists the caller's webviews, newest first, with the customer_key filter. The
// stand-in's webviews have no user identifier key (Seam sets one on webviews a client session
// makes), so that filter matches none of them.
func (s *Server) listWebviews(who caller, p params) answer {
	customer, byCustomer := p.str("customer_key")
	_, byUserKey := p.str("user_identifier_key")
	out := []map[string]any{}
	for i := len(s.webviews) - 1; i >= 0; i-- {
		w := s.webviews[i]
		if w.WorkspaceID != who.workspaceID || byUserKey || (byCustomer && (w.CustomerKey == nil || *w.CustomerKey != customer)) {
			continue
		}
		out = append(out, w.json())
	}
	return pageOf("connect_webviews", out, p, 500)
}

// The rules the routes of this file follow.
const (
	webviewURLCarriesToken Rule = "a Connect Webview's url carries an auth_token"
	webviewDefaults        Rule = "a Connect Webview answers Seam's defaults for what its creator left out"
	webviewLoginRecorded   Rule = "an end user's login is recorded on the webview and its client sessions"
	webviewListByCustomer  Rule = "webviews are listed by customer_key"
	webviewListByUserKey   Rule = "webviews made without a client session match no user_identifier_key"
	webviewDelete          Rule = "a Connect Webview can be deleted"
)

// Each rule's entry in the ledger: the sentence of Seam's it rests on, or what it assumes.
func init() {
	record(map[Rule]Source{
		webviewURLCarriesToken: {Path: "/connect_webviews/create", Assumed: "the OpenAPI says only \"URL for the Connect Webview\"; " +
			"Seam's guides and SDK examples show it with auth_token=…, a bearer link, and Seam's fake's urls have none"},
		webviewDefaults: {Path: "/connect_webviews/create", Assumed: "as Seam's fake answers: custom_metadata {}, " +
			"automatically_manage_new_devices true, wait_for_device_creation false, device_selection_mode none, empty " +
			"accepted lists; the OpenAPI names no defaults"},
		webviewLoginRecorded: {Path: "/connect_webviews/get",
			Says: "`authorized` indicates that the user has successfully logged into their device or system account, thereby completing the Connect Webview."},
		webviewListByCustomer: {Path: "/connect_webviews/list", Says: "Customer key for which you want to list connect webviews."},
		webviewListByUserKey: {Path: "/connect_webviews/list", Says: "Your user ID for the user by which you want to filter Connect Webviews.",
			Assumed: "the stand-in's webviews are made without a client session, so they have no user_identifier_key to match"},
		webviewDelete: {Path: "/connect_webviews/delete",
			Says: "Deletes a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews)."},
	})
}

// The routes this file serves, by path, and the rules each follows.
func init() {
	serve(map[string]servedRoute{
		"/connect_webviews/create": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.createWebview(who, p) },
			rules: []Rule{workspaceScoped, webviewURLCarriesToken, webviewDefaults}},
		"/connect_webviews/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.getWebview(who, p) },
			rules: []Rule{workspaceScoped, webviewLoginRecorded}},
		"/connect_webviews/list": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.listWebviews(who, p) },
			rules: []Rule{workspaceScoped, webviewListByCustomer, webviewListByUserKey, newestFirst, pagesOfLimit}},
		"/connect_webviews/delete": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.deleteWebview(who, p) },
			rules: []Rule{workspaceScoped, webviewDelete}},
	})
}
