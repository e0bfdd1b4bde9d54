package seam

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestGetClientSession_sendsTheHeadersOfEachCredentialKind(t *testing.T) {
	cases := []struct {
		name       string
		credential Credential
		want       map[string]string
		absent     []string
	}{
		{
			name:       "api key",
			credential: mustCredential(t, APIKey, testAPIKey, ""),
			want:       map[string]string{"Authorization": "Bearer " + testAPIKey},
			absent:     []string{headerWorkspace, headerClientSessionToken},
		},
		{
			name:       "personal access token",
			credential: mustCredential(t, PersonalAccessToken, testPAT, "seed_workspace_1"),
			want:       map[string]string{"Authorization": "Bearer " + testPAT, headerWorkspace: "seed_workspace_1"},
			absent:     []string{headerClientSessionToken},
		},
		{
			name:       "client session token",
			credential: mustCredential(t, ClientSessionToken, testCST, ""),
			want:       map[string]string{"Authorization": "Bearer " + testCST, headerClientSessionToken: testCST},
			absent:     []string{headerWorkspace},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := newRecordingServer(t, respond(200, string(readTestdata(t, "client_session_minimal.json"))))
			c := newTestClient(t, srv.URL, func(cfg *Config) {
				cfg.Credential = tc.credential
				cfg.UserAgent = "terraform-provider-seam/1.2.3 Terraform/1.11.4"
			})
			if _, err := c.GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "cst2"}); err != nil {
				t.Fatal(err)
			}
			req := srv.requests[0]
			if req.Method != http.MethodPost || req.URL.Path != "/client_sessions/get" {
				t.Errorf("got %s %s, want POST /client_sessions/get", req.Method, req.URL.Path)
			}
			for name, value := range tc.want {
				if got := req.Header.Get(name); got != value {
					t.Errorf("header %s = %q, want %q", name, got, value)
				}
			}
			for _, name := range tc.absent {
				if got := req.Header.Get(name); got != "" {
					t.Errorf("header %s = %q, want it absent", name, got)
				}
			}
			if got := req.Header.Get("Content-Type"); got != "application/json" {
				t.Errorf("Content-Type = %q", got)
			}
			if got := req.Header.Get("User-Agent"); got != "terraform-provider-seam/1.2.3 Terraform/1.11.4" {
				t.Errorf("User-Agent = %q", got)
			}
		})
	}
}

func TestGetClientSession_sendsOnlyTheGivenKey(t *testing.T) {
	cases := []struct {
		lookup ClientSessionLookup
		want   string
	}{
		{ClientSessionLookup{ClientSessionID: "cst2"}, `{"client_session_id":"cst2"}`},
		{ClientSessionLookup{UserIdentifierKey: "jane_doe"}, `{"user_identifier_key":"jane_doe"}`},
		{ClientSessionLookup{}, `{}`},
	}
	for _, tc := range cases {
		srv := newRecordingServer(t, respond(200, string(readTestdata(t, "client_session_minimal.json"))))
		c := newTestClient(t, srv.URL, nil)
		if _, err := c.GetClientSession(context.Background(), tc.lookup); err != nil {
			t.Fatal(err)
		}
		if got := string(srv.bodies[0]); got != tc.want {
			t.Errorf("body = %s, want %s", got, tc.want)
		}
	}
}

func TestGetClientSession_decodesEveryField(t *testing.T) {
	str := func(s string) *string { return &s }
	cases := []struct {
		file string
		want ClientSession
	}{
		{
			file: "client_session_full.json",
			want: ClientSession{
				ClientSessionID:     "c2cbd177-1ace-414b-bb1e-9f129e4a05c1",
				WorkspaceID:         "b887bf84-9849-4454-a562-cf84293d9781",
				CreatedAt:           time.Date(2025, 6, 15, 16, 54, 17, 946309000, time.UTC),
				ExpiresAt:           time.Date(2025, 6, 17, 16, 54, 17, 946309000, time.UTC),
				Token:               "seam_cst1891oqCmB_6dBwV8PJ2Fsoe9dWYVyMfVHq",
				UserIdentifierKey:   str("user_id_1"),
				DeviceCount:         1,
				ConnectedAccountIDs: []string{"f47ac10b-58cc-4372-a567-0e02b2c3d479"},
				ConnectWebviewIDs:   []string{"550e8400-e29b-41d4-a716-446655440000"},
				UserIdentityIDs:     []string{"a6e93f84-565e-47d7-8908-1ca71ada373c"},
				UserIdentityID:      str("a6e93f84-565e-47d7-8908-1ca71ada373c"),
				CustomerKey:         str("customer_1"),
				CustomerID:          str("77eccc4e-c8bc-4c7d-b83c-cb853ed3bade"),
			},
		},
		{
			file: "client_session_minimal.json",
			want: ClientSession{
				ClientSessionID:     "cst2",
				WorkspaceID:         "seed_workspace_1",
				CreatedAt:           time.Date(2026, 11, 25, 17, 50, 53, 105000000, time.UTC),
				ExpiresAt:           time.Date(2027, 11, 25, 23, 50, 53, 105000000, time.UTC),
				Token:               "seam_cst1cst2_1tnse",
				ConnectedAccountIDs: []string{},
				ConnectWebviewIDs:   []string{},
				UserIdentityIDs:     []string{},
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			srv := newRecordingServer(t, respond(200, string(readTestdata(t, tc.file))))
			got, err := newTestClient(t, srv.URL, nil).GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "x"})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*got, tc.want) {
				gotJSON, _ := json.MarshalIndent(got, "", " ")
				t.Errorf("decoded:\n%s", gotJSON)
			}
		})
	}
}

func TestGetClientSession_errorShapes(t *testing.T) {
	cases := []struct {
		name      string
		status    int
		body      string
		check     func(t *testing.T, err error)
		wantInMsg []string
	}{
		{
			name: "not found", status: 404, body: string(readTestdata(t, "error_not_found.json")),
			check: func(t *testing.T, err error) {
				var apiErr *APIError
				var notFound *NotFoundError
				if !errors.As(err, &notFound) || notFound.Object != "client session" || !errors.As(err, &apiErr) || apiErr.Type != "client_session_not_found" ||
					apiErr.Message != "Could not find client session" || apiErr.RequestID != "req_1" || apiErr.StatusCode != 404 {
					t.Errorf("got %#v", err)
				}
			},
			wantInMsg: []string{"HTTP 404", "client_session_not_found", "Could not find client session", "request ID req_1"},
		},
		{
			name: "unauthorized", status: 401, body: `{"error":{"type":"unauthorized","message":"API Key not found"},"ok":false}`,
			check: func(t *testing.T, err error) {
				var apiErr *APIError
				var notFound *NotFoundError
				if !errors.As(err, &apiErr) || !apiErr.IsAuth() || errors.As(err, &notFound) {
					t.Errorf("got %#v", err)
				}
			},
			wantInMsg: []string{"HTTP 401 unauthorized: API Key not found"},
		},
		{
			name: "validation errors", status: 400, body: string(readTestdata(t, "error_invalid_input.json")),
			check: func(t *testing.T, err error) {
				var apiErr *APIError
				if !errors.As(err, &apiErr) || apiErr.ValidationErrors["client_session_id"] == nil {
					t.Errorf("got %#v", err)
				}
			},
			wantInMsg: []string{"HTTP 400 invalid_input: Invalid input"},
		},
		{
			name: "html from a proxy", status: 502, body: string(readTestdata(t, "error_proxy.html")),
			check: func(t *testing.T, err error) {
				var apiErr *APIError
				if !errors.As(err, &apiErr) || apiErr.Type != "" || !strings.HasPrefix(apiErr.Excerpt, "<html> <head><title>502 Bad Gateway") {
					t.Errorf("got %#v", err)
				}
			},
			wantInMsg: []string{"HTTP 502", "not a Seam error", "502 Bad Gateway"},
		},
		{
			name: "empty 503", status: 503, body: "",
			check: func(t *testing.T, err error) {
				var apiErr *APIError
				if !errors.As(err, &apiErr) || apiErr.StatusCode != 503 || apiErr.Attempts != 3 {
					t.Errorf("got %#v", err)
				}
			},
			wantInMsg: []string{"HTTP 503 (Service Unavailable) with an empty body", "after 3 attempts"},
		},
		{
			name: "200 without a session", status: 200, body: `{"ok":true}`,
			check: func(t *testing.T, err error) {
				var respErr *ResponseError
				if !errors.As(err, &respErr) || respErr.RequestID != "req_1" {
					t.Errorf("got %#v", err)
				}
			},
			wantInMsg: []string{"unusable body: it has no client_session object"},
		},
		{
			name: "200 with a session missing its token", status: 200,
			body:      `{"client_session":{"client_session_id":"a","workspace_id":"w","created_at":"2025-06-15T16:54:17Z","expires_at":"2025-06-15T16:54:17Z"}}`,
			wantInMsg: []string{"its client_session has no token"},
		},
		{
			name: "200 with a bad timestamp", status: 200,
			body:      `{"client_session":{"client_session_id":"a","token":"seam_cst_x","workspace_id":"w","created_at":"yesterday","expires_at":"2025-06-15T16:54:17Z"}}`,
			wantInMsg: []string{"a timestamp is not in RFC 3339 format"},
		},
		{
			name: "200 with a wrong type", status: 200,
			body:      `{"client_session":{"connected_account_ids":"many","token":"seam_cst_secret_x"}}`,
			wantInMsg: []string{"field client_session.connected_account_ids has a JSON string where []string was expected"},
		},
		{
			name: "200 with a device_count that is no count", status: 200,
			body:      `{"client_session":{"device_count":2.5,"token":"seam_cst_secret_x"}}`,
			wantInMsg: []string{"device_count: a count is 2.5, not a whole number"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := newRecordingServer(t, respond(tc.status, tc.body, headerRequestID, "req_1"))
			_, err := newTestClient(t, srv.URL, nil).GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "a"})
			if err == nil {
				t.Fatal("want an error")
			}
			if tc.check != nil {
				tc.check(t, err)
			}
			for _, want := range tc.wantInMsg {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not contain %q", err, want)
				}
			}
			for _, secret := range []string{testAPIKey, "seam_cst_secret_x", "seam_cst_x"} {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("error %q holds the secret %q", err, secret)
				}
			}
		})
	}
}

// Seam's OpenAPI types device_count as a number: 3.0 is as good as 3.
func TestGetClientSession_deviceCountIsAnyWholeJSONNumber(t *testing.T) {
	for _, raw := range []string{"3", "3.0", "3e0"} {
		t.Run(raw, func(t *testing.T) {
			full, err := os.ReadFile("testdata/client_session_full.json")
			if err != nil {
				t.Fatal(err)
			}
			body := strings.Replace(string(full), `"device_count": 1`, `"device_count": `+raw, 1)
			if !strings.Contains(body, `"device_count": `+raw) {
				t.Fatal("the fixture's device_count was not replaced")
			}
			srv := newRecordingServer(t, respond(200, body))
			s, err := newTestClient(t, srv.URL, nil).GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "a"})
			if err != nil {
				t.Fatal(err)
			}
			if s.DeviceCount != 3 {
				t.Errorf("device_count %s decoded as %d, want 3", raw, s.DeviceCount)
			}
		})
	}
}

// Seam's per-field validation errors (zod's shape) come out by field, in order, without
// the form-level "_errors" entry.
func TestAPIError_fieldErrorsNameEachFieldSeamRefused(t *testing.T) {
	body := `{"error":{"type":"invalid_input","message":"Invalid input","validation_errors":{"_errors":[],` +
		`"expires_at":{"_errors":["Invalid datetime"]},"customer_key":{"_errors":["Too short","Bad characters"]}}},"ok":false}`
	srv := newRecordingServer(t, respond(400, body))
	_, err := newTestClient(t, srv.URL, nil).GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "a"})
	var apiErr *APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("want an APIError, got %v", err)
	}
	got := fmt.Sprint(apiErr.FieldErrors())
	if want := "[{customer_key [Too short Bad characters]} {expires_at [Invalid datetime]}]"; got != want {
		t.Errorf("FieldErrors() = %s, want %s", got, want)
	}
}

// Seam's error types name the object: a route's own not-found and already-exists errors
// become typed errors naming it, and another object's error on the same route, or a 404
// that is not Seam's, stays a plain APIError.
func TestRoute_typesOnlyItsOwnObjectsErrors(t *testing.T) {
	cases := []struct {
		name       string
		route      route
		errType    string
		wantObject string
		wantExists bool
	}{
		{"client session not found", routeGetClientSession, "client_session_not_found", "client session", false},
		{"client session key taken", routeCreateClientSession, "client_session_token_already_exists", "client session", true},
		{"a webview's error on a session route", routeGetClientSession, "connect_webview_not_found", "", false},
		{"webview not found", routeGetConnectWebview, "connect_webview_not_found", "Connect Webview", false},
		{"a 404 that is not Seam's", routeGetConnectWebview, "", "", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.route.typed(&APIError{StatusCode: 404, Type: tc.errType})
			var notFound *NotFoundError
			var exists *AlreadyExistsError
			var apiErr *APIError
			if !errors.As(err, &apiErr) || apiErr.Type != tc.errType {
				t.Fatalf("the typed error %#v does not unwrap to the APIError", err)
			}
			switch {
			case tc.wantExists:
				if !errors.As(err, &exists) || exists.Object != tc.wantObject {
					t.Errorf("got %#v, want an AlreadyExistsError for %q", err, tc.wantObject)
				}
			case tc.wantObject != "":
				if !errors.As(err, &notFound) || notFound.Object != tc.wantObject {
					t.Errorf("got %#v, want a NotFoundError for %q", err, tc.wantObject)
				}
			case errors.As(err, &notFound), errors.As(err, &exists):
				t.Errorf("got %#v, want a plain APIError", err)
			}
		})
	}
}
