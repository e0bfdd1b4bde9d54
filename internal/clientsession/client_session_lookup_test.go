package clientsession

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

func mustCredential(t *testing.T, kind seam.CredentialKind, secret, workspace string) seam.Credential {
	t.Helper()
	c, err := seam.NewCredential(kind, secret, workspace)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLookupErrorDiagnostic_saysWhatWentWrongAndWhatToDo(t *testing.T) {
	byKey := seam.ClientSessionLookup{UserIdentifierKey: "jane_doe"}
	byID := seam.ClientSessionLookup{ClientSessionID: "cst_other"}
	own := seam.ClientSessionLookup{}
	apiKey := mustCredential(t, seam.APIKey, "seam_apikey1_token", "")
	cst := mustCredential(t, seam.ClientSessionToken, "seam_cst1_token", "")
	envKey := shared.FromEnv(shared.SettingAPIKey, shared.SettingAPIKey.Env)
	cases := []struct {
		name       string
		err        error
		lookup     seam.ClientSessionLookup
		credential seam.Credential
		summary    string
		detail     []string
		attrPath   path.Path
	}{
		{
			name:     "not found by key",
			err:      &seam.NotFoundError{Object: "client session", APIError: &seam.APIError{StatusCode: 404, Type: "client_session_not_found", RequestID: "req_1"}},
			lookup:   byKey,
			summary:  "Client session not found",
			detail:   []string{`user_identifier_key "jane_doe"`, "the SEAM_API_KEY environment variable", "HTTP 404", "(request ID req_1)"},
			attrPath: path.Root(attrUserIdentifierKey),
		},
		{
			name:    "own session not found",
			err:     &seam.NotFoundError{Object: "client session", APIError: &seam.APIError{StatusCode: 404, Type: "client_session_not_found"}},
			lookup:  own,
			summary: "Client session not found",
			detail:  []string{"client session token from the SEAM_API_KEY environment variable", "deleted"},
		},
		{
			name:       "a client session token asking for another session",
			err:        &seam.NotFoundError{Object: "client session", APIError: &seam.APIError{StatusCode: 404, Type: "client_session_not_found", RequestID: "req_5"}},
			lookup:     byID,
			credential: cst,
			summary:    "A client session token reads only its own session",
			detail:     []string{`client_session_id "cst_other"`, "request ID req_5", "Remove client_session_id", "API key or a personal access token"},
			attrPath:   path.Root(attrClientSessionID),
		},
		{
			name:    "a 404 that is not Seam's: a wrong path in the endpoint",
			err:     &seam.APIError{StatusCode: 404, Excerpt: "Cannot POST /prefix/client_sessions/get", RequestID: ""},
			lookup:  byKey,
			summary: "Unexpected response from the Seam API",
			detail:  []string{`user_identifier_key "jane_doe"`, "HTTP 404", "Cannot POST /prefix", "check the endpoint, its path included", "endpoint (or SEAM_ENDPOINT)"},
		},
		{
			name:    "forbidden",
			err:     &seam.APIError{StatusCode: 403, Type: "forbidden", Message: "no access", RequestID: "req_2"},
			lookup:  byKey,
			summary: "Seam rejected the credential",
			detail:  []string{"from the SEAM_API_KEY environment variable", "HTTP 403 forbidden: no access", "request ID req_2", "workspace_id (or SEAM_WORKSPACE_ID)"},
		},
		{
			name:    "other API error",
			err:     &seam.APIError{StatusCode: 400, Type: "invalid_input", Message: "bad", RequestID: "req_3"},
			lookup:  byKey,
			summary: "Seam API error",
			detail:  []string{`user_identifier_key "jane_doe"`, "HTTP 400 invalid_input: bad", "request ID req_3"},
		},
		{
			name:    "outage",
			err:     &seam.APIError{StatusCode: 503, RequestID: "req_4", Attempts: 3},
			lookup:  byKey,
			summary: "Seam API error",
			detail:  []string{"HTTP 503 (Service Unavailable) with an empty body", "request ID req_4", "after 3 attempts"},
		},
		{
			name:    "the client stopped calling Seam",
			err:     &seam.OutageError{First: &seam.APIError{StatusCode: 503, RequestID: "req_6"}, Failures: 6, Calls: 10},
			lookup:  byKey,
			summary: "Seam API unavailable",
			detail:  []string{`user_identifier_key "jane_doe" was not attempted`, "stopped calling Seam for a while after 6 of its last 10 requests failed", "request ID req_6"},
		},
		{
			name:    "timeout",
			err:     &seam.TransportError{Timeout: true, RequestTimeout: 30 * time.Second, Attempts: 3},
			lookup:  own,
			summary: "Seam API timed out",
			detail:  []string{"the client session token's own session", "within the request timeout of 30s", "after 3 attempts", "request_timeout (or SEAM_REQUEST_TIMEOUT)"},
		},
		{
			name:    "unreachable",
			err:     &seam.TransportError{Err: errors.New("connection refused"), Attempts: 3},
			lookup:  byKey,
			summary: "Cannot reach the Seam API",
			detail:  []string{"connection refused", "after 3 attempts", "HTTPS_PROXY"},
		},
		{
			name:    "unusable body",
			err:     &seam.ResponseError{StatusCode: 200, Problem: "it is not valid JSON (at byte 3)", RequestID: "req_4"},
			lookup:  byKey,
			summary: "Unexpected response from the Seam API",
			detail:  []string{"not valid JSON", "request ID req_4", "Check that the endpoint is Seam's API"},
		},
		{
			name:    "cancelled",
			err:     &seam.CancelledError{Err: context.Canceled, Attempts: 1},
			lookup:  byKey,
			summary: "Interrupted before Seam answered",
			detail:  []string{"was interrupted", "cancelled after 1 attempt", "Seam may have acted on it"},
		},
		{
			name:    "rate limited beyond the retries",
			err:     &seam.APIError{StatusCode: 429, Type: "rate_limited", Message: "Too many requests", Attempts: 3},
			lookup:  byKey,
			summary: "Seam API rate limit",
			detail:  []string{"HTTP 429", "after 3 attempts", "Raise max_retries (or SEAM_MAX_RETRIES)", "-parallelism"},
		},
		{
			name: "a field Seam refused",
			err: &seam.APIError{StatusCode: 400, Type: "invalid_input", Message: "Invalid input", RequestID: "req_9",
				ValidationErrors: map[string]any{"_errors": []any{}, "user_identifier_key": map[string]any{"_errors": []any{"Too long"}}}},
			lookup:   byKey,
			summary:  "Seam refused a value",
			detail:   []string{"Seam refused user_identifier_key: Too long", "request ID req_9", "Correct the value"},
			attrPath: path.Root("user_identifier_key"),
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			credential := tc.credential
			if credential.Kind() == 0 {
				credential = apiKey
			}
			d := lookupErrorDiagnostic(tc.err, tc.lookup, credential, envKey)
			assertDiagnostic(t, d, tc.summary, tc.detail, tc.attrPath)
		})
	}
}

// assertDiagnostic checks a diagnostic's summary, the phrases of its detail, and its path.
func assertDiagnostic(t *testing.T, d diag.Diagnostic, summary string, detail []string, attrPath path.Path) {
	t.Helper()
	if d.Summary() != summary {
		t.Errorf("summary %q, want %q", d.Summary(), summary)
	}
	for _, want := range detail {
		if !strings.Contains(d.Detail(), want) {
			t.Errorf("detail %q lacks %q", d.Detail(), want)
		}
	}
	withPath, ok := d.(interface{ Path() path.Path })
	wantPath := len(attrPath.Steps()) > 0
	switch {
	case !wantPath && ok:
		t.Errorf("diagnostic is on path %s, want none", withPath.Path())
	case wantPath && (!ok || !withPath.Path().Equal(attrPath)):
		t.Errorf("diagnostic is not on path %s", attrPath)
	}
}

func TestMismatchDiagnostic_refusesAnotherSessionOrWorkspace(t *testing.T) {
	str := func(s string) *string { return &s }
	apiKey := mustCredential(t, seam.APIKey, "seam_apikey1_token", "")
	pat := mustCredential(t, seam.PersonalAccessToken, "seam_at1_longtoken", "ws_mine")
	cst := mustCredential(t, seam.ClientSessionToken, "seam_cst1_token", "")
	src := shared.FromConfig(shared.SettingClientSessionToken)
	cases := []struct {
		name       string
		session    seam.ClientSession
		lookup     seam.ClientSessionLookup
		credential seam.Credential
		summary    string
		detail     []string
	}{
		{"another ID", seam.ClientSession{ClientSessionID: "b", WorkspaceID: "ws_mine"}, seam.ClientSessionLookup{ClientSessionID: "a"}, apiKey,
			"Seam returned a different client session", []string{`client_session_id "a"`, `client_session_id "b"`}},
		{"another key", seam.ClientSession{ClientSessionID: "b", WorkspaceID: "ws_mine", UserIdentifierKey: str("john")}, seam.ClientSessionLookup{UserIdentifierKey: "jane"}, apiKey,
			"Seam returned a different client session", []string{`user_identifier_key "jane"`, `whose user_identifier_key is "john"`}},
		{"a client session token's own session instead of the one asked for", seam.ClientSession{ClientSessionID: "cst1", WorkspaceID: "ws"}, seam.ClientSessionLookup{ClientSessionID: "cst2"}, cst,
			"A client session token reads only its own session", []string{"client_session_token", `client_session_id "cst2"`, "Remove client_session_id"}},
		{"a personal access token's session from another workspace", seam.ClientSession{ClientSessionID: "a", WorkspaceID: "ws_other"}, seam.ClientSessionLookup{ClientSessionID: "a"}, pat,
			"Seam returned a client session of another workspace", []string{`workspace "ws_mine"`, `workspace "ws_other"`, "not used"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := mismatchDiagnostic(&tc.session, tc.lookup, tc.credential, src)
			if d == nil {
				t.Fatal("the session was accepted")
			}
			_, at := describeLookup(tc.lookup)
			assertDiagnostic(t, d, tc.summary, tc.detail, at)
		})
	}
	ok := seam.ClientSession{ClientSessionID: "a", WorkspaceID: "ws_mine", UserIdentifierKey: str("jane")}
	if d := mismatchDiagnostic(&ok, seam.ClientSessionLookup{ClientSessionID: "a"}, pat, src); d != nil {
		t.Errorf("the session asked for was refused: %s", d.Detail())
	}
}
