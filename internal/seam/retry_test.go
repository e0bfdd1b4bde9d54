package seam

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

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
	var cancelled *CancelledError
	if !errors.As(err, &cancelled) || cancelled.Attempts != 1 || !strings.Contains(err.Error(), "cancelled after 1 attempt, before Seam answered") {
		t.Errorf("%q is not a CancelledError after 1 attempt that says so", err)
	}
	// Generous: the backoff asked for 30 s; returning well before shows the wait was cut.
	if elapsed := time.Since(start); elapsed > 10*time.Second {
		t.Errorf("returned after %v", elapsed)
	}
	if got := srv.count(); got != 1 {
		t.Errorf("server saw %d attempts, want 1", got)
	}
}
