package standin

import (
	"crypto/rand"
	"fmt"
	"slices"
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
