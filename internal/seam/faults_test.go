package seam

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

var minimalSession = `{"client_session":{"client_session_id":"cst1","workspace_id":"w","token":"seam_cst1_token","created_at":"2025-06-15T16:54:17Z","expires_at":"2025-06-16T16:54:17Z","device_count":4}}`

func truncated(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Length", "1000")
	w.WriteHeader(200)
	_, _ = w.Write([]byte(`{"client_session":`))
	hijackAndClose(w, false)
}

func reset(w http.ResponseWriter, _ *http.Request) { hijackAndClose(w, true) }

func hijackAndClose(w http.ResponseWriter, rst bool) {
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	hijacker, ok := w.(http.Hijacker)
	if !ok {
		return
	}
	conn, _, err := hijacker.Hijack()
	if err != nil {
		return
	}
	if tcp, ok := conn.(*net.TCPConn); ok && rst {
		_ = tcp.SetLinger(0)
	}
	_ = conn.Close()
}

func TestGetClientSession_faults(t *testing.T) {
	oversized := strings.Repeat(" ", DefaultMaxBodyBytes) + minimalSession
	cases := []struct {
		name         string
		responses    []http.HandlerFunc
		edit         func(*Config)
		wantAttempts int
		// check is nil for a fault that ends in success.
		check func(t *testing.T, err error)
	}{
		{
			name:         "429 with Retry-After, then 200",
			responses:    []http.HandlerFunc{respond(429, `{"error":{"type":"rate_limited","message":"slow down"}}`, "Retry-After", "0"), respond(200, minimalSession)},
			wantAttempts: 2,
		},
		{
			name:         "503 twice, then 200",
			responses:    []http.HandlerFunc{respond(503, ""), respond(503, ""), respond(200, minimalSession)},
			wantAttempts: 3,
		},
		{
			name:         "persistent 503 gives up after max_retries+1 attempts",
			responses:    []http.HandlerFunc{respond(503, "", headerRequestID, "req_503")},
			edit:         func(c *Config) { c.MaxRetries = 3 },
			wantAttempts: 4,
			check: func(t *testing.T, err error) {
				var apiErr *APIError
				if !errors.As(err, &apiErr) || apiErr.StatusCode != 503 || apiErr.RequestID != "req_503" || apiErr.Attempts != 4 {
					t.Errorf("got %#v", err)
				}
				if !strings.Contains(err.Error(), "after 4 attempts") || !strings.Contains(err.Error(), "request ID req_503") {
					t.Errorf("message %q lacks the attempts or the request ID", err)
				}
			},
		},
		{
			name:         "max_retries 0 sends once",
			responses:    []http.HandlerFunc{respond(503, "")},
			edit:         func(c *Config) { c.MaxRetries = 0 },
			wantAttempts: 1,
			check:        wantAPIStatus(503),
		},
		{
			name:         "501 is not retried",
			responses:    []http.HandlerFunc{respond(501, "")},
			wantAttempts: 1,
			check:        wantAPIStatus(501),
		},
		{
			name:         "404 is not retried",
			responses:    []http.HandlerFunc{respond(404, `{"error":{"type":"client_session_not_found","message":"Could not find client session"}}`)},
			wantAttempts: 1,
			check:        wantAPIStatus(404),
		},
		{
			name:         "500 with an HTML body",
			responses:    []http.HandlerFunc{respond(500, "<html><body><h1>Internal Server Error</h1></body></html>", "Content-Type", "text/html")},
			wantAttempts: 3,
			check: func(t *testing.T, err error) {
				var apiErr *APIError
				if !errors.As(err, &apiErr) || apiErr.StatusCode != 500 || !strings.Contains(apiErr.Excerpt, "Internal Server Error") {
					t.Errorf("got %#v", err)
				}
			},
		},
		{
			name:         "200 with malformed JSON",
			responses:    []http.HandlerFunc{respond(200, `{"client_session": {"token": "seam_cst1_token",`)},
			wantAttempts: 1,
			check:        wantResponseProblem("cut short"),
		},
		{
			name:         "200 with an empty body",
			responses:    []http.HandlerFunc{respond(200, "")},
			wantAttempts: 1,
			check:        wantResponseProblem("empty or cut short"),
		},
		{
			name:         "truncated body, then 200",
			responses:    []http.HandlerFunc{truncated, respond(200, minimalSession)},
			wantAttempts: 2,
		},
		{
			name:         "persistently truncated body",
			responses:    []http.HandlerFunc{truncated},
			wantAttempts: 3,
			check:        wantTransportError(false),
		},
		{
			name:         "reset connection",
			responses:    []http.HandlerFunc{reset},
			wantAttempts: 3,
			check:        wantTransportError(false),
		},
		{
			name: "server that never answers",
			responses: []http.HandlerFunc{func(w http.ResponseWriter, r *http.Request) {
				<-r.Context().Done()
			}},
			edit:         func(c *Config) { c.RequestTimeout = 150 * time.Millisecond; c.MaxRetries = 1 },
			wantAttempts: 2,
			check: func(t *testing.T, err error) {
				wantTransportError(true)(t, err)
				if !strings.Contains(err.Error(), "did not answer within the request timeout of 150ms") {
					t.Errorf("message %q does not name the timeout", err)
				}
			},
		},
		{
			name:         "oversized body",
			responses:    []http.HandlerFunc{respond(200, oversized)},
			wantAttempts: 1,
			check: func(t *testing.T, err error) {
				var tooLarge *TooLargeError
				if !errors.As(err, &tooLarge) || tooLarge.Limit != DefaultMaxBodyBytes {
					t.Errorf("got %#v", err)
				}
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := newRecordingServer(t, tc.responses...)
			c := newTestClient(t, srv.URL, tc.edit)
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			session, err := c.GetClientSession(ctx, ClientSessionLookup{ClientSessionID: "cst1"})
			if got := srv.count(); got != tc.wantAttempts {
				t.Errorf("server saw %d attempts, want %d", got, tc.wantAttempts)
			}
			if tc.check == nil {
				if err != nil {
					t.Fatalf("want success, got %v", err)
				}
				if session.ClientSessionID != "cst1" || session.DeviceCount != 4 {
					t.Errorf("got session %+v", session)
				}
				return
			}
			if err == nil {
				t.Fatal("want an error, got success")
			}
			tc.check(t, err)
			if strings.Contains(err.Error(), testAPIKey) {
				t.Errorf("error %q holds the API key", err)
			}
		})
	}
}

func wantAPIStatus(status int) func(*testing.T, error) {
	return func(t *testing.T, err error) {
		var apiErr *APIError
		if !errors.As(err, &apiErr) || apiErr.StatusCode != status {
			t.Errorf("want an APIError with status %d, got %#v", status, err)
		}
	}
}

func wantResponseProblem(problem string) func(*testing.T, error) {
	return func(t *testing.T, err error) {
		var respErr *ResponseError
		if !errors.As(err, &respErr) || !strings.Contains(respErr.Problem, problem) {
			t.Errorf("want a ResponseError about %q, got %#v", problem, err)
		}
		if strings.Contains(err.Error(), "seam_cst1_token") {
			t.Errorf("error %q holds the session token", err)
		}
	}
}

func wantTransportError(timeout bool) func(*testing.T, error) {
	return func(t *testing.T, err error) {
		var trErr *TransportError
		if !errors.As(err, &trErr) || trErr.Timeout != timeout {
			t.Errorf("want a TransportError (timeout %v), got %#v", timeout, err)
		}
	}
}

// Every API error names, in the plural, the kind of object its route acts on: the wording of
// a refused credential depends on it.
func TestRoute_everyAPIErrorNamesTheObjectsOfItsRoute(t *testing.T) {
	srv := newRecordingServer(t, respond(401, `{"error":{"type":"unauthorized","message":"Unauthorized"},"ok":false}`))
	c := newTestClient(t, srv.URL, nil)
	calls := map[string]func() error{
		"webhooks": func() error { _, err := c.GetWebhook(context.Background(), "wh_1"); return err },
		"user identities": func() error {
			_, err := c.GetUserIdentity(context.Background(), UserIdentityLookup{UserIdentityID: "ui"})
			return err
		},
		"Connect Webviews": func() error { _, err := c.GetConnectWebview(context.Background(), "cw"); return err },
		"client sessions":  func() error { return c.DeleteClientSession(context.Background(), "cs") },
	}
	for want, call := range calls {
		var apiErr *APIError
		if err := call(); !errors.As(err, &apiErr) || apiErr.Objects != want {
			t.Errorf("got %#v, want an APIError naming %s", err, want)
		}
	}
}
