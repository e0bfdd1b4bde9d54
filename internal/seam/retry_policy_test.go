package seam

import (
	"context"
	"errors"
	"net"
	"net/http"
	"testing"
	"time"
)

// A create is sent again only when Seam provably did not act on it; reads and the writes
// that are safe to repeat are retried on any transient failure.
func TestRetryPolicy_createIsNeverSentTwiceAfterItMayHaveReachedSeam(t *testing.T) {
	hang := func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }
	create := func(ctx context.Context, c *Client) error {
		_, err := c.CreateClientSession(ctx, CreateClientSessionRequest{UserIdentifierKey: "jane"})
		return err
	}
	grant := func(ctx context.Context, c *Client) error {
		_, err := c.GrantClientSessionAccess(ctx, GrantAccessRequest{ClientSessionID: "cst1", ConnectedAccountIDs: []string{"ca_1"}})
		return err
	}
	deleteCall := func(ctx context.Context, c *Client) error { return c.DeleteClientSession(ctx, "cst1") }
	cases := []struct {
		name         string
		call         func(context.Context, *Client) error
		responses    []http.HandlerFunc
		wantAttempts int
		wantErr      bool
	}{
		{"create: 503 is not retried", create, []http.HandlerFunc{respond(503, "")}, 1, true},
		{"create: 500 with a body is not retried", create, []http.HandlerFunc{respond(500, `{"error":{"type":"internal","message":"x"}}`)}, 1, true},
		{"create: a timeout after sending is not retried", create, []http.HandlerFunc{hang}, 1, true},
		{"create: 429 is retried", create, []http.HandlerFunc{respond(429, "", "Retry-After", "0"), respond(200, minimalSession)}, 2, false},
		{"create: 429 without Retry-After is retried", create, []http.HandlerFunc{respond(429, ""), respond(200, minimalSession)}, 2, false},
		{"grant_access: 503 is retried", grant, []http.HandlerFunc{respond(503, ""), respond(200, minimalSession)}, 2, false},
		{"delete: 503 is retried", deleteCall, []http.HandlerFunc{respond(503, ""), respond(200, `{"ok":true}`)}, 2, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := newRecordingServer(t, tc.responses...)
			c := newTestClient(t, srv.URL, func(c *Config) { c.RequestTimeout = 200 * time.Millisecond })
			err := tc.call(context.Background(), c)
			if got := srv.count(); got != tc.wantAttempts {
				t.Errorf("server saw %d requests, want %d", got, tc.wantAttempts)
			}
			if (err != nil) != tc.wantErr {
				t.Errorf("err = %v, want error %v", err, tc.wantErr)
			}
		})
	}
}

func TestRetryPolicy_createIsRetriedWhenTheConnectionIsRefused(t *testing.T) {
	l, err := (&net.ListenConfig{}).Listen(context.Background(), "tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closedPort := "http://" + l.Addr().String()
	_ = l.Close()
	c := newTestClient(t, closedPort, nil)
	_, err = c.CreateClientSession(context.Background(), CreateClientSessionRequest{UserIdentifierKey: "jane"})
	var trErr *TransportError
	if !errors.As(err, &trErr) || !trErr.NotSent || trErr.Attempts != 3 {
		t.Fatalf("want a TransportError marked NotSent after 3 attempts, got %#v", err)
	}
}

func TestRetryPolicy_timeoutAfterSendingIsNotMarkedNotSent(t *testing.T) {
	srv := newRecordingServer(t, func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	c := newTestClient(t, srv.URL, func(c *Config) { c.RequestTimeout = 100 * time.Millisecond })
	_, err := c.CreateClientSession(context.Background(), CreateClientSessionRequest{UserIdentifierKey: "jane"})
	var trErr *TransportError
	if !errors.As(err, &trErr) || trErr.NotSent || !trErr.Timeout {
		t.Fatalf("want a timeout TransportError not marked NotSent, got %#v", err)
	}
}

func TestCall_refusesACredentialTheRouteDoesNotTakeBeforeSending(t *testing.T) {
	srv := newRecordingServer(t, respond(200, `{"client_sessions":[]}`))
	c := newTestClient(t, srv.URL, func(c *Config) { c.Credential = mustCredential(t, ClientSessionToken, testCST, "") })
	_, err := c.ListClientSessions(context.Background(), ClientSessionFilter{})
	var refused *CredentialNotAcceptedError
	if !errors.As(err, &refused) || refused.Kind != ClientSessionToken || refused.Path != "/client_sessions/list" {
		t.Fatalf("want a CredentialNotAcceptedError for list, got %#v", err)
	}
	if srv.count() != 0 {
		t.Errorf("sent %d requests", srv.count())
	}
}
