package standin

import (
	"crypto/rand"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"time"

	"github.com/google/uuid"
)

// Session is a client session as the stand-in holds it. Nil pointers are absent (or null,
// for UserIdentifierKey, which Seam's schema requires and allows to be null).
type Session struct {
	ClientSessionID     string
	WorkspaceID         string
	CreatedAt           time.Time
	ExpiresAt           time.Time
	Token               string
	UserIdentifierKey   *string
	DeviceCount         int
	ConnectedAccountIDs []string
	ConnectWebviewIDs   []string
	UserIdentityIDs     []string
	UserIdentityID      *string
	CustomerKey         *string
	// CustomerID is not in the client_session schema of @seamapi/types, but Seam's docs show
	// it in responses (seed/client-sessions-get.txt); the stand-in sends it when set.
	CustomerID *string
}

// DefaultLifetime is how long a session lives when its creator names no expires_at; it is
// what Seam's fake gives, since Seam's documents do not say.
const DefaultLifetime = 365 * 24 * time.Hour

func newSession(workspaceID string, now time.Time) *Session {
	return &Session{
		ClientSessionID:     uuid.NewString(),
		WorkspaceID:         workspaceID,
		CreatedAt:           now,
		ExpiresAt:           now.Add(DefaultLifetime),
		Token:               "seam_cst" + randomHex(12),
		ConnectedAccountIDs: []string{},
		ConnectWebviewIDs:   []string{},
		UserIdentityIDs:     []string{},
	}
}

// timestamp formats times as Seam does: RFC 3339 in UTC with milliseconds.
func timestamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z07:00") }

// json is the session as Seam sends it.
func (s *Session) json() map[string]any {
	m := map[string]any{
		"client_session_id":     s.ClientSessionID,
		"workspace_id":          s.WorkspaceID,
		"created_at":            timestamp(s.CreatedAt),
		"expires_at":            timestamp(s.ExpiresAt),
		"token":                 s.Token,
		"user_identifier_key":   nil,
		"device_count":          s.DeviceCount,
		"connected_account_ids": nonNil(s.ConnectedAccountIDs),
		"connect_webview_ids":   nonNil(s.ConnectWebviewIDs),
		"user_identity_ids":     nonNil(s.UserIdentityIDs),
	}
	if s.UserIdentifierKey != nil {
		m["user_identifier_key"] = *s.UserIdentifierKey
	}
	optional := map[string]*string{"user_identity_id": s.UserIdentityID, "customer_key": s.CustomerKey, "customer_id": s.CustomerID}
	for name, v := range optional {
		if v != nil {
			m[name] = *v
		}
	}
	return m
}

func (s *Session) clone() Session {
	c := *s
	c.ConnectedAccountIDs = slices.Clone(s.ConnectedAccountIDs)
	c.ConnectWebviewIDs = slices.Clone(s.ConnectWebviewIDs)
	c.UserIdentityIDs = slices.Clone(s.UserIdentityIDs)
	return c
}

// union appends to ids those of more it lacks, keeping the order of both.
func union(ids []string, more []string) []string {
	for _, id := range more {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

func nonNil(ids []string) []string {
	if ids == nil {
		return []string{}
	}
	return ids
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return fmt.Sprintf("%x", b)
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
		session.ExpiresAt = t.Truncate(time.Millisecond)
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

// SessionTokens are the tokens of the stand-in's client sessions: what must never be printed.
func (s *Server) SessionTokens() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, len(s.sessions))
	for i, x := range s.sessions {
		out[i] = x.Token
	}
	return out
}

// The rules the routes of this file follow.
const (
	sessionCreateSets         Rule = "a new client session holds the accounts, webviews and identity asked for"
	sessionExpiresAtKept      Rule = "a new client session expires at the expires_at asked for"
	sessionDefaultLifetime    Rule = "a new client session without expires_at lives a year"
	sessionKeyTaken           Rule = "a create with a user_identifier_key in use is refused (POST) or answers that session (PUT)"
	sessionGetExact           Rule = "a get matches every parameter given"
	sessionTokenReadsItsOwn   Rule = "a client session token gets its own session"
	sessionListFilters        Rule = "a list filters by client_session_id, user_identifier_key, connect_webview_id, user_identity_id"
	sessionListWithoutKey     Rule = "a list with without_user_identifier_key holds only sessions without one"
	sessionGrantAccessAdds    Rule = "grant_access adds to the session's accounts, webviews and identity"
	sessionGrantAccessSelects Rule = "grant_access selects the session by client_session_id, else by user_identifier_key"
	sessionDelete             Rule = "a client session can be deleted"
)

// Each rule's entry in the ledger: the sentence of Seam's it rests on, or what it assumes.
func init() {
	record(map[Rule]Source{
		sessionCreateSets: {Path: "/client_sessions/create",
			Says: "IDs of the [connected accounts](https://docs.seam.co/core-concepts/connected-accounts) for which you want to create a client session."},
		sessionExpiresAtKept: {Path: "/client_sessions/create",
			Says: "Date and time at which the client session should expire"},
		sessionDefaultLifetime: {Path: "/client_sessions/create", Assumed: "Seam's documents give no default lifetime; a year, " +
			"as Seam's fake gives"},
		sessionKeyTaken: {Path: "/client_sessions/create", Assumed: "as Seam's fake answers: POST with a user_identifier_key a " +
			"session of the workspace has is refused with 400 client_session_token_already_exists, PUT answers that session"},
		sessionGetExact: {Path: "/client_sessions/get", Assumed: "Seam's documents name both parameters; the stand-in matches " +
			"every one given (Seam's fake matches either, and is not scoped to the workspace)"},
		sessionTokenReadsItsOwn: {Path: "/client_sessions/get", Assumed: "Seam's SDKs read a client session token's own session " +
			"with /client_sessions/get and no parameter (seam-api.md); the OpenAPI says nothing of it"},
		sessionListFilters: {Path: "/client_sessions/list",
			Says: "ID of the [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) for which you want to retrieve client sessions."},
		sessionListWithoutKey: {Path: "/client_sessions/list",
			Says: "Indicates whether to retrieve only client sessions without associated user identifier keys."},
		sessionGrantAccessAdds: {Path: "/client_sessions/grant_access",
			Says: "Grants a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) access to one or more resources"},
		sessionGrantAccessSelects: {Path: "/client_sessions/grant_access",
			Says: "ID of the client session to which you want to grant access to resources.",
			Assumed: "that user_identifier_key (\"Your user ID for the user that you want to associate with the client session\") " +
				"selects the session when client_session_id is absent is not stated; the provider always sends client_session_id"},
		sessionDelete: {Path: "/client_sessions/delete",
			Says: "Deletes a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens)."},
	})
}

// The routes this file serves, by path, and the rules each follows.
func init() {
	serve(map[string]servedRoute{
		"/client_sessions/create": {serve: func(s *Server, who caller, r *http.Request, p params) answer {
			return s.create(who, p, r.Method == http.MethodPut)
		}, rules: []Rule{workspaceScoped, sessionCreateSets, sessionExpiresAtKept, timesToTheMillisecond, sessionDefaultLifetime, sessionKeyTaken}},
		"/client_sessions/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.get(who, p) },
			rules: []Rule{workspaceScoped, sessionGetExact, sessionTokenReadsItsOwn}},
		"/client_sessions/list": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.list(who, p) },
			rules: []Rule{workspaceScoped, sessionListFilters, sessionListWithoutKey, newestFirst}},
		"/client_sessions/grant_access": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.grantAccess(who, p) },
			rules: []Rule{workspaceScoped, sessionGrantAccessAdds, sessionGrantAccessSelects}},
		"/client_sessions/delete": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.delete(who, p) },
			rules: []Rule{workspaceScoped, sessionDelete}},
	})
}
