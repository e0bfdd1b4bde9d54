package standin

import (
	"encoding/json"
	"net/http"
	"slices"
	"sort"
	"strings"
	"time"
)

// params are a request's parameters: its JSON body, or else its query string.
type params map[string]any

func readParams(r *http.Request, body []byte) params {
	p := params{}
	if len(body) > 0 {
		_ = json.Unmarshal(body, &p)
		return p
	}
	for name, values := range r.URL.Query() {
		p[name] = values[0]
	}
	return p
}

func (p params) str(name string) (string, bool) {
	v, ok := p[name].(string)
	return v, ok
}

func (p params) strs(name string) []string {
	raw, _ := p[name].([]any)
	var out []string
	for _, v := range raw {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func (p params) flag(name string) bool {
	switch v := p[name].(type) {
	case bool:
		return v
	case string:
		return v == "true"
	}
	return false
}

type answer struct {
	status int
	body   any
}

func ok(v map[string]any) answer {
	v["ok"] = true
	return answer{http.StatusOK, v}
}

func fail(status int, errorType, message string) answer {
	return answer{status, errorBody(errorType, message)}
}

var notFound = fail(http.StatusNotFound, "client_session_not_found", "Could not find client session")

// route authenticates the request and answers it from the stand-in's sessions.
func (s *Server) route(w http.ResponseWriter, r *http.Request, body []byte) {
	a := s.answer(r, readParams(r, body))
	writeJSON(w, "", a.status, a.body)
}

func (s *Server) answer(r *http.Request, p params) answer {
	who, refusal := s.authenticate(r)
	if refusal != nil {
		return *refusal
	}
	if strings.HasPrefix(r.URL.Path, "/devices/") || strings.HasPrefix(r.URL.Path, "/connected_accounts/") {
		return s.passThrough(r, p)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r.URL.Path {
	case "/client_sessions/create":
		return s.create(who, p, r.Method == http.MethodPut)
	case "/client_sessions/get":
		return s.get(who, p)
	case "/client_sessions/list":
		return s.list(who, p)
	case "/client_sessions/grant_access":
		return s.grantAccess(who, p)
	case "/client_sessions/delete":
		return s.delete(who, p)
	case "/connect_webviews/create":
		return s.createWebview(who, p)
	case "/connect_webviews/get":
		return s.getWebview(who, p)
	case "/connect_webviews/delete":
		return s.deleteWebview(who, p)
	case "/connect_webviews/list":
		return s.listWebviews(who, p)
	case "/user_identities/list":
		return s.listUserIdentities(who, p)
	case "/webhooks/list":
		return s.listWebhooks(who)
	case "/user_identities/create":
		return s.createUserIdentity(who, p)
	case "/user_identities/get":
		return s.getUserIdentity(who, p)
	case "/user_identities/update":
		return s.updateUserIdentity(who, p)
	case "/user_identities/delete":
		return s.deleteUserIdentity(who, p)
	case "/webhooks/create":
		return s.createWebhook(who, p)
	case "/webhooks/get":
		return s.getWebhook(who, p)
	case "/webhooks/update":
		return s.updateWebhook(who, p)
	case "/webhooks/delete":
		return s.deleteWebhook(who, p)
	case "/workspaces/get":
		return workspaceOf(who)
	case "/spaces/create":
		return s.createSpace(who, r, p)
	case "/spaces/get":
		return s.getSpace(who, p)
	case "/spaces/list":
		return s.listSpaces(who, p)
	case "/spaces/update":
		return s.updateSpace(who, r, p)
	case "/spaces/delete":
		return s.deleteSpace(who, p)
	case "/access_grants/create":
		return s.createAccessGrant(who, r, p)
	case "/access_grants/get":
		return s.getAccessGrant(who, p)
	case "/access_grants/list":
		return s.listAccessGrants(who, p)
	case "/access_grants/update":
		return s.updateAccessGrant(who, p)
	case "/access_grants/delete":
		return s.deleteAccessGrant(who, p)
	case "/access_methods/list":
		return s.listAccessMethods(who, p)
	case "/access_methods/get":
		return s.getAccessMethod(who, p)
	}
	return fail(http.StatusNotFound, "not_found", "no such route")
}

// authenticate finds the caller: a client session token among the stand-in's sessions, any
// other credential through Seam's fake. Routes that refuse a kind are refused by the
// OpenAPI check before this.
func (s *Server) authenticate(r *http.Request) (caller, *answer) {
	token := bearer(r.Header)
	if strings.HasPrefix(token, "seam_cst") {
		s.mu.Lock()
		defer s.mu.Unlock()
		i := slices.IndexFunc(s.sessions, func(x *Session) bool { return x.Token == token })
		if i < 0 || !s.sessions[i].ExpiresAt.After(time.Now()) {
			a := fail(http.StatusUnauthorized, "unauthorized", "Client session token not found or expired")
			return caller{}, &a
		}
		return caller{workspaceID: s.sessions[i].WorkspaceID, session: s.sessions[i]}, nil
	}
	ws, err := s.authority.workspaceOf(r.Context(), r.Header)
	if err != nil {
		a := fail(http.StatusInternalServerError, "internal_server_error", "the stand-in could not ask Seam's fake: "+err.Error())
		return caller{}, &a
	}
	if ws == "" {
		a := fail(http.StatusUnauthorized, "unauthorized", "Unauthorized")
		return caller{}, &a
	}
	return caller{workspaceID: ws}, nil
}

// find is the caller's session with clientSessionID, or nil; s.mu must be held.
func (s *Server) find(who caller, clientSessionID string) *Session {
	for _, x := range s.sessions {
		if x.WorkspaceID == who.workspaceID && x.ClientSessionID == clientSessionID {
			return x
		}
	}
	return nil
}

func (s *Server) findByKey(who caller, key string) *Session {
	for _, x := range s.sessions {
		if x.WorkspaceID == who.workspaceID && x.UserIdentifierKey != nil && *x.UserIdentifierKey == key {
			return x
		}
	}
	return nil
}

func (s *Server) create(who caller, p params, put bool) answer {
	key, hasKey := p.str("user_identifier_key")
	if hasKey {
		if existing := s.findByKey(who, key); existing != nil {
			if put {
				return ok(map[string]any{"client_session": existing.json()})
			}
			return fail(http.StatusBadRequest, "client_session_token_already_exists",
				"A client session token already exists for this user, try using /client_session_tokens/get_or_create")
		}
	}
	session := newSession(who.workspaceID, time.Now())
	if hasKey {
		session.UserIdentifierKey = &key
	}
	if v, ok := p.str("expires_at"); ok {
		t, err := time.Parse(time.RFC3339Nano, v)
		if err != nil {
			return fail(http.StatusBadRequest, "invalid_input", "expires_at is not a date-time")
		}
		session.ExpiresAt = t
	}
	session.ConnectedAccountIDs = union(session.ConnectedAccountIDs, p.strs("connected_account_ids"))
	session.ConnectWebviewIDs = union(session.ConnectWebviewIDs, p.strs("connect_webview_ids"))
	session.UserIdentityIDs = union(session.UserIdentityIDs, p.strs("user_identity_ids"))
	if v, ok := p.str("user_identity_id"); ok {
		session.UserIdentityID = &v
		session.UserIdentityIDs = union(session.UserIdentityIDs, []string{v})
	}
	if v, ok := p.str("customer_key"); ok {
		session.CustomerKey = &v
	}
	if v, ok := p.str("customer_id"); ok {
		session.CustomerID = &v
	}
	if s.FillOnCreate != nil {
		s.FillOnCreate(session)
	}
	s.sessions = append(s.sessions, session)
	return ok(map[string]any{"client_session": session.json()})
}

// get matches exactly: every given parameter must match. A client session token sees only
// its own session.
func (s *Server) get(who caller, p params) answer {
	id, hasID := p.str("client_session_id")
	key, hasKey := p.str("user_identifier_key")
	candidates := s.sessions
	if who.session != nil {
		candidates = []*Session{who.session}
	} else if !hasID && !hasKey {
		return fail(http.StatusBadRequest, "invalid_input", "Either client_session_id or user_identifier_key is required")
	}
	for _, x := range candidates {
		if x.WorkspaceID != who.workspaceID ||
			(hasID && x.ClientSessionID != id) ||
			(hasKey && (x.UserIdentifierKey == nil || *x.UserIdentifierKey != key)) {
			continue
		}
		return ok(map[string]any{"client_session": x.json()})
	}
	return notFound
}

// list answers newest first, so that a client that needs an order must make its own.
func (s *Server) list(who caller, p params) answer {
	id, hasID := p.str("client_session_id")
	key, hasKey := p.str("user_identifier_key")
	webview, hasWebview := p.str("connect_webview_id")
	identity, hasIdentity := p.str("user_identity_id")
	withoutKey := p.flag("without_user_identifier_key")
	var matched []*Session
	for _, x := range s.sessions {
		switch {
		case x.WorkspaceID != who.workspaceID,
			hasID && x.ClientSessionID != id,
			hasKey && (x.UserIdentifierKey == nil || *x.UserIdentifierKey != key),
			hasWebview && !slices.Contains(x.ConnectWebviewIDs, webview),
			hasIdentity && !slices.Contains(x.UserIdentityIDs, identity) && (x.UserIdentityID == nil || *x.UserIdentityID != identity),
			withoutKey && x.UserIdentifierKey != nil:
			continue
		}
		matched = append(matched, x)
	}
	sort.SliceStable(matched, func(i, j int) bool { return matched[i].CreatedAt.After(matched[j].CreatedAt) })
	out := make([]any, len(matched))
	for i, x := range matched {
		out[i] = x.json()
	}
	return ok(map[string]any{"client_sessions": out})
}

// grantAccess adds to the session named by ID or by user identifier key.
func (s *Server) grantAccess(who caller, p params) answer {
	var session *Session
	if id, ok := p.str("client_session_id"); ok {
		session = s.find(who, id)
	} else if key, ok := p.str("user_identifier_key"); ok {
		session = s.findByKey(who, key)
	} else {
		return fail(http.StatusBadRequest, "invalid_input", "Either client_session_id or user_identifier_key is required")
	}
	if session == nil {
		return notFound
	}
	session.ConnectedAccountIDs = union(session.ConnectedAccountIDs, p.strs("connected_account_ids"))
	session.ConnectWebviewIDs = union(session.ConnectWebviewIDs, p.strs("connect_webview_ids"))
	session.UserIdentityIDs = union(session.UserIdentityIDs, p.strs("user_identity_ids"))
	if v, ok := p.str("user_identity_id"); ok {
		session.UserIdentityID = &v
		session.UserIdentityIDs = union(session.UserIdentityIDs, []string{v})
	}
	return ok(map[string]any{"client_session": session.json()})
}

func (s *Server) delete(who caller, p params) answer {
	id, _ := p.str("client_session_id")
	session := s.find(who, id)
	if session == nil {
		return notFound
	}
	s.sessions = slices.DeleteFunc(s.sessions, func(x *Session) bool { return x == session })
	return ok(map[string]any{})
}
