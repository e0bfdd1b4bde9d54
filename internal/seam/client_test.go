package seam

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

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
