package seam

import (
	"context"
	"errors"
	"fmt"
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

func TestGetClientSession_retryAfterIsHonouredAndCapped(t *testing.T) {
	cases := []struct {
		retryAfter string
		maxAfter   time.Duration
		wantWait   time.Duration
	}{
		{"1", time.Minute, time.Second},
		{"120", 50 * time.Millisecond, 50 * time.Millisecond},
		{time.Now().Add(-time.Hour).UTC().Format(http.TimeFormat), time.Minute, 0},
	}
	for _, tc := range cases {
		t.Run(tc.retryAfter, func(t *testing.T) {
			srv := newRecordingServer(t, respond(429, "", "Retry-After", tc.retryAfter), respond(200, minimalSession))
			logger := &recordingLogger{}
			c := newTestClient(t, srv.URL, func(c *Config) { c.MaxRetryAfter = tc.maxAfter; c.Logger = logger })
			if _, err := c.GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "cst1"}); err != nil {
				t.Fatal(err)
			}
			warns := logger.byLevel("warn")
			if len(warns) != 1 {
				t.Fatalf("want one retry warning, got %v", warns)
			}
			if got := warns[0].fields["wait_ms"]; got != tc.wantWait.Milliseconds() {
				t.Errorf("waited %v ms, want %d", got, tc.wantWait.Milliseconds())
			}
		})
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		value  string
		want   time.Duration
		wantOK bool
	}{
		{"", 0, false},
		{"3", 3 * time.Second, true},
		{"-1", 0, false},
		{"99999999999", time.Hour, true},
		{"Wed, 25 Nov 2026 12:00:10 GMT", 10 * time.Second, true},
		{"Wed, 25 Nov 2026 11:00:00 GMT", 0, true},
		{"soon", 0, false},
	}
	for _, tc := range cases {
		got, ok := parseRetryAfter(tc.value, now)
		if got != tc.want || ok != tc.wantOK {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tc.value, got, ok, tc.want, tc.wantOK)
		}
	}
}

func TestBackoff_growsExponentiallyWithJitterWithinBounds(t *testing.T) {
	c := newTestClient(t, "http://localhost", func(c *Config) {
		c.RetryWaitMin = 100 * time.Millisecond
		c.RetryWaitMax = time.Second
	})
	ms := time.Millisecond
	for retry, ceiling := range []time.Duration{100 * ms, 200 * ms, 400 * ms, 800 * ms, time.Second, time.Second} {
		for range 50 {
			got := c.backoff(retry, nil)
			if got < ceiling/2 || got > ceiling {
				t.Fatalf("retry %d waited %v, want within [%v, %v]", retry, got, ceiling/2, ceiling)
			}
		}
	}
}

func TestGetClientSession_cancelDuringBackoffReturnsPromptly(t *testing.T) {
	srv := newRecordingServer(t, respond(503, "", "Retry-After", "30"))
	c := newTestClient(t, srv.URL, nil)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := c.GetClientSession(ctx, ClientSessionLookup{ClientSessionID: "cst1"})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %v", err)
	}
	// Generous: the backoff asked for 30 s; returning well before shows the wait was cut.
	if elapsed := time.Since(start); elapsed > 10*time.Second {
		t.Errorf("returned after %v", elapsed)
	}
	if got := srv.count(); got != 1 {
		t.Errorf("server saw %d attempts, want 1", got)
	}
}

func TestGetClientSession_redirectToAnotherHostSendsNoCredential(t *testing.T) {
	other := newRecordingServer(t, respond(200, minimalSession))
	origin := newRecordingServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/client_sessions/get", http.StatusTemporaryRedirect)
	})
	for _, cred := range []Credential{
		mustCredential(t, PersonalAccessToken, testPAT, "seed_workspace_1"),
		mustCredential(t, ClientSessionToken, testCST, ""),
	} {
		c := newTestClient(t, origin.URL, func(c *Config) { c.Credential = cred })
		_, err := c.GetClientSession(context.Background(), ClientSessionLookup{})
		var redirect *RedirectError
		if !errors.As(err, &redirect) || !strings.Contains(err.Error(), other.URL) {
			t.Fatalf("want a RedirectError naming %s, got %v", other.URL, err)
		}
	}
	if got := other.count(); got != 0 {
		t.Errorf("the other host got %d requests; it must get none", got)
	}
	if got := origin.count(); got != 2 {
		t.Errorf("origin saw %d requests, want 2 (one per credential, no retry)", got)
	}
}

func TestGetClientSession_sameHostRedirectIsFollowed(t *testing.T) {
	srv := newRecordingServer(t,
		func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/v2/client_sessions/get", http.StatusTemporaryRedirect)
		},
		respond(200, minimalSession))
	if _, err := newTestClient(t, srv.URL, nil).GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "cst1"}); err != nil {
		t.Fatal(err)
	}
	if got := srv.requests[1].Header.Get("Authorization"); got != "Bearer "+testAPIKey {
		t.Errorf("same-host redirect lost the credential: %q", got)
	}
}

func TestGetClientSession_logsEachAttemptAndRetryWithoutSecrets(t *testing.T) {
	srv := newRecordingServer(t, respond(503, "", headerRequestID, "req_a"), respond(200, minimalSession, headerRequestID, "req_b"))
	logger := &recordingLogger{}
	c := newTestClient(t, srv.URL, func(c *Config) {
		c.Credential = mustCredential(t, ClientSessionToken, testCST, "")
		c.Logger = logger
	})
	if _, err := c.GetClientSession(context.Background(), ClientSessionLookup{}); err != nil {
		t.Fatal(err)
	}
	debug := logger.byLevel("debug")
	if len(debug) != 2 {
		t.Fatalf("want 2 debug entries, got %v", debug)
	}
	for i, want := range []struct {
		status    int
		requestID string
	}{{503, "req_a"}, {200, "req_b"}} {
		f := debug[i].fields
		if f["method"] != "POST" || f["path"] != "/client_sessions/get" || f["status"] != want.status ||
			f["request_id"] != want.requestID || f["attempt"] != i+1 {
			t.Errorf("entry %d fields = %v", i, f)
		}
		if _, ok := f["duration_ms"].(int64); !ok {
			t.Errorf("entry %d has no duration_ms: %v", i, f)
		}
	}
	warns := logger.byLevel("warn")
	if len(warns) != 1 || warns[0].fields["status"] != 503 || warns[0].fields["retry"] != 1 {
		t.Errorf("want one retry warning for the 503, got %v", warns)
	}
	all := fmt.Sprint(logger.entries)
	for _, secret := range []string{testCST, "seam_cst1_token"} {
		if strings.Contains(all, secret) {
			t.Errorf("log holds a secret: %s", all)
		}
	}
}

func TestNew_defaultTransportKeepsConnectionsForParallelReads(t *testing.T) {
	tr := newDefaultTransport()
	if tr.MaxIdleConnsPerHost < 10 || tr.TLSClientConfig.MinVersion < 0x0303 || tr.Proxy == nil {
		t.Errorf("transport: idle per host %d, TLS min %x, proxy set %v", tr.MaxIdleConnsPerHost, tr.TLSClientConfig.MinVersion, tr.Proxy != nil)
	}
}

func TestNew_refusesBadConfig(t *testing.T) {
	cred := mustCredential(t, APIKey, testAPIKey, "")
	cases := map[string]Config{
		"no credential":    {Endpoint: "https://x.example"},
		"negative retries": {Credential: cred, MaxRetries: -1},
		"negative timeout": {Credential: cred, RequestTimeout: -time.Second},
		"plain http":       {Credential: cred, Endpoint: "http://seam.example"},
	}
	for name, cfg := range cases {
		if _, err := New(cfg); err == nil {
			t.Errorf("%s: want an error", name)
		}
	}
}

func TestTokenPattern_masksTokensButNotIdentifiers(t *testing.T) {
	for _, token := range []string{testCST, testPAT, "seam_pk1_token", "seam_cst1891oqCmB_6dBwV8PJ2Fsoe9dWYVyMfVHq", "eyJhbGciOi.eyJzdWIiOi.sig"} {
		if got := TokenPattern().ReplaceAllString("x "+token+" y", "***"); got != "x *** y" {
			t.Errorf("%s: got %q", token, got)
		}
	}
	for _, word := range []string{"seam_client_session", "seam.seam", "seamapi/seam"} {
		if TokenPattern().MatchString(word) {
			t.Errorf("%s is masked but is no secret", word)
		}
	}
}
