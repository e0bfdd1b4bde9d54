package seam

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestOutage_callsFailAtOnceAfterTheThresholdAndNameTheFirstFailure(t *testing.T) {
	srv := newRecordingServer(t, respond(503, "", headerRequestID, "req_first"), respond(503, "", headerRequestID, "req_later"))
	c := newTestClient(t, srv.URL, func(c *Config) { c.MaxRetries = 0; c.OutageThreshold = 2; c.OutageCoolDown = time.Hour })
	get := func() error {
		_, err := c.GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "cst1"})
		return err
	}
	for i := range 2 {
		if err := get(); err == nil || errors.As(err, new(*OutageError)) {
			t.Fatalf("call %d: want the 503 itself, got %v", i+1, err)
		}
	}
	sent := srv.count()
	err := get()
	var outage *OutageError
	if !errors.As(err, &outage) {
		t.Fatalf("third call: want an OutageError, got %v", err)
	}
	if srv.count() != sent {
		t.Errorf("the third call reached the server")
	}
	for _, want := range []string{"stopped calling Seam for this run after 2 requests in a row failed", "HTTP 503", "request ID req_first", "tries Seam again in"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q lacks %q", err, want)
		}
	}
}

func TestOutage_rateLimitsNeverOpenIt(t *testing.T) {
	srv := newRecordingServer(t, respond(429, "", "Retry-After", "0"))
	c := newTestClient(t, srv.URL, func(c *Config) { c.MaxRetries = 0; c.OutageThreshold = 2; c.OutageCoolDown = time.Hour })
	for i := range 5 {
		_, err := c.GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "cst1"})
		var apiErr *APIError
		if !errors.As(err, &apiErr) || apiErr.StatusCode != 429 {
			t.Fatalf("call %d: want the 429 itself, got %v", i+1, err)
		}
	}
	if srv.count() != 5 {
		t.Errorf("server saw %d requests, want 5", srv.count())
	}
}

func TestOutage_aSuccessAfterTheCoolDownClosesIt(t *testing.T) {
	srv := newRecordingServer(t, respond(503, ""), respond(503, ""), respond(200, minimalSession))
	c := newTestClient(t, srv.URL, func(c *Config) { c.MaxRetries = 0; c.OutageThreshold = 2; c.OutageCoolDown = 50 * time.Millisecond })
	get := func() error {
		_, err := c.GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "cst1"})
		return err
	}
	_, _ = get(), get()
	if err := get(); !errors.As(err, new(*OutageError)) {
		t.Fatalf("want the circuit open, got %v", err)
	}
	time.Sleep(60 * time.Millisecond)
	for i := range 3 {
		if err := get(); err != nil {
			t.Fatalf("call %d after the cool-down: %v", i+1, err)
		}
	}
	if srv.count() != 5 {
		t.Errorf("server saw %d requests, want 5", srv.count())
	}
}

// A success between failures starts the count again: isolated blips never open it.
func TestOutage_aSuccessBetweenFailuresResetsTheRun(t *testing.T) {
	fail, succeed := respond(503, ""), respond(200, minimalSession)
	srv := newRecordingServer(t, fail, succeed, fail, succeed, fail, succeed)
	c := newTestClient(t, srv.URL, func(c *Config) { c.MaxRetries = 0; c.OutageThreshold = 2; c.OutageCoolDown = time.Hour })
	for i := range 6 {
		_, err := c.GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "cst1"})
		if errors.As(err, new(*OutageError)) {
			t.Fatalf("call %d found the circuit open", i+1)
		}
	}
	if srv.count() != 6 {
		t.Errorf("server saw %d requests, want 6", srv.count())
	}
}
