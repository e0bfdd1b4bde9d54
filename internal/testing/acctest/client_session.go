package acctest

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// ClientSessionExpectations is what each attribute of a client session must hold, from
// Seam's raw JSON for it, decoded as plain JSON, never through the provider's own types.
func ClientSessionExpectations(raw map[string]any) map[string]knownvalue.Check {
	r := RawChecks{Raw: raw}
	return map[string]knownvalue.Check{
		"id":                    r.String("client_session_id"),
		"client_session_id":     r.String("client_session_id"),
		"user_identifier_key":   r.String("user_identifier_key"),
		"token":                 r.String("token"),
		"workspace_id":          r.String("workspace_id"),
		"created_at":            SameInstant(raw["created_at"]),
		"expires_at":            SameInstant(raw["expires_at"]),
		"device_count":          r.Int64("device_count"),
		"connected_account_ids": r.Set("connected_account_ids"),
		"connect_webview_ids":   r.Set("connect_webview_ids"),
		"user_identity_ids":     r.Set("user_identity_ids"),
		"user_identity_id":      r.String("user_identity_id"),
		"customer_key":          r.String("customer_key"),
		"customer_id":           r.String("customer_id"),
	}
}

// ClientSessionChecks asserts every attribute, found at attr(name) in addr, against raw.
func ClientSessionChecks(addr string, attr func(string) tfjsonpath.Path, raw map[string]any) []statecheck.StateCheck {
	var checks []statecheck.StateCheck
	for name, check := range ClientSessionExpectations(raw) {
		checks = append(checks, statecheck.ExpectKnownValue(addr, attr(name), check))
	}
	return checks
}

// ClientSessionDataSourceChecks asserts every attribute of the data source at addr against
// Seam's raw JSON for the session, and that token is sensitive.
func ClientSessionDataSourceChecks(addr string, raw map[string]any) []statecheck.StateCheck {
	return append(ClientSessionChecks(addr, tfjsonpath.New[string], raw),
		statecheck.ExpectSensitiveValue(addr, tfjsonpath.New("token")))
}

// CreateClientSession creates a session from body with the target's API key and returns
// Seam's raw JSON for it, the truth that the provider's attributes are checked against. On
// a real workspace it deletes the session when the test ends.
func (tg *Target) CreateClientSession(t *testing.T, body map[string]any) map[string]any {
	t.Helper()
	session := tg.callForSession(t, "/client_sessions/create", body)
	if tg.Fake == nil {
		t.Cleanup(func() {
			_ = fakeseam.Call(context.Background(), "POST", tg.Endpoint+"/client_sessions/delete", tg.APIKey,
				map[string]any{"client_session_id": session["client_session_id"]}, nil)
		})
	}
	return session
}

// GetClientSession reads a session with the target's API key: Seam's raw JSON for it.
func (tg *Target) GetClientSession(t *testing.T, clientSessionID string) map[string]any {
	t.Helper()
	return tg.callForSession(t, "/client_sessions/get", map[string]any{"client_session_id": clientSessionID})
}

// ListClientSessions lists sessions with the target's API key: Seam's raw JSON, in Seam's order.
func (tg *Target) ListClientSessions(t *testing.T, filter map[string]any) []map[string]any {
	t.Helper()
	var out struct {
		ClientSessions []map[string]any `json:"client_sessions"`
	}
	if err := fakeseam.Call(context.Background(), "POST", tg.Endpoint+"/client_sessions/list", tg.APIKey, filter, &out); err != nil {
		t.Fatalf("/client_sessions/list: %v", err)
	}
	return out.ClientSessions
}

func (tg *Target) callForSession(t *testing.T, path string, body map[string]any) map[string]any {
	t.Helper()
	var out struct {
		ClientSession map[string]any `json:"client_session"`
	}
	if err := fakeseam.Call(context.Background(), "POST", tg.Endpoint+path, tg.APIKey, body, &out); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if out.ClientSession == nil {
		t.Fatalf("%s answered no client_session", path)
	}
	return out.ClientSession
}
