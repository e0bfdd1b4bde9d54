package seam

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// outageTrips is how many failed calls in a row open the breaker: more than half the window.
const outageTrips = DefaultOutageWindow/2 + 1

func getSession(c *Client) error {
	_, err := c.GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "cst1"})
	return err
}

// When most of the latest calls failed, with at least the minimum, the next calls fail at
// once, and the message counts what failed and names the first failure.
func TestOutage_callsFailAtOnceWhenMostOfTheWindowFailedAndCountWhatFailed(t *testing.T) {
	srv := newRecordingServer(t, respond(503, "", headerRequestID, "req_first"), respond(503, "", headerRequestID, "req_later"))
	c := newTestClient(t, srv.URL, func(c *Config) { c.MaxRetries = 0; c.OutageCoolDown = time.Hour })
	for i := range outageTrips {
		if err := getSession(c); err == nil || errors.As(err, new(*OutageError)) {
			t.Fatalf("call %d: want the 503 itself, got %v", i+1, err)
		}
	}
	sent := srv.count()
	err := getSession(c)
	var outage *OutageError
	if !errors.As(err, &outage) {
		t.Fatalf("call %d: want an OutageError, got %v", outageTrips+1, err)
	}
	if srv.count() != sent {
		t.Errorf("the call after the outage was found reached the server")
	}
	for _, want := range []string{"stopped calling Seam for a while after 6 of its last 6 requests failed", "HTTP 503",
		"request ID req_first", "tries Seam again in"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q lacks %q", err, want)
		}
	}
}

// A partial outage is not an outage: with one call in three failing, or failures in runs of
// two and three between successes, every call still reaches Seam.
func TestOutage_aFlakySeamNeverOpensIt(t *testing.T) {
	fail, succeed := respond(503, ""), respond(200, minimalSession)
	cases := map[string][]http.HandlerFunc{
		"one in three fails":       {fail, succeed, succeed},
		"runs of two fail":         {fail, fail, succeed, succeed, succeed},
		"half of the window fails": {fail, succeed, fail, succeed, fail, succeed, fail, succeed, fail, succeed},
		"five in a row, then five": {fail, fail, fail, fail, fail, succeed, succeed, succeed, succeed, succeed},
	}
	for name, pattern := range cases {
		t.Run(name, func(t *testing.T) {
			n := 0
			srv := newRecordingServer(t, func(w http.ResponseWriter, r *http.Request) {
				pattern[n%len(pattern)](w, r)
				n++
			})
			c := newTestClient(t, srv.URL, func(c *Config) { c.MaxRetries = 0; c.OutageCoolDown = time.Hour })
			for i := range 40 {
				if err := getSession(c); errors.As(err, new(*OutageError)) {
					t.Fatalf("call %d found the breaker open: %v", i+1, err)
				}
			}
			if srv.count() != 40 {
				t.Errorf("server saw %d requests, want 40", srv.count())
			}
		})
	}
}

func TestOutage_rateLimitsNeverOpenIt(t *testing.T) {
	srv := newRecordingServer(t, respond(429, "", "Retry-After", "0"))
	c := newTestClient(t, srv.URL, func(c *Config) { c.MaxRetries = 0; c.OutageCoolDown = time.Hour })
	for i := range 12 {
		err := getSession(c)
		var apiErr *APIError
		if !errors.As(err, &apiErr) || apiErr.StatusCode != 429 {
			t.Fatalf("call %d: want the 429 itself, got %v", i+1, err)
		}
	}
	if srv.count() != 12 {
		t.Errorf("server saw %d requests, want 12", srv.count())
	}
}

func TestOutage_aSuccessAfterTheCoolDownClosesIt(t *testing.T) {
	fail := respond(503, "")
	srv := newRecordingServer(t, fail, fail, fail, fail, fail, fail, respond(200, minimalSession))
	c := newTestClient(t, srv.URL, func(c *Config) { c.MaxRetries = 0; c.OutageCoolDown = 50 * time.Millisecond })
	for range outageTrips {
		_ = getSession(c)
	}
	if err := getSession(c); !errors.As(err, new(*OutageError)) {
		t.Fatalf("want the circuit open, got %v", err)
	}
	time.Sleep(60 * time.Millisecond)
	for i := range 3 {
		if err := getSession(c); err != nil {
			t.Fatalf("call %d after the cool-down: %v", i+1, err)
		}
	}
	if srv.count() != 9 {
		t.Errorf("server saw %d requests, want 9", srv.count())
	}
}

// The lookups that settle a lost answer go through however open the breaker is, retry past
// its failures, and do not count towards it.
func TestOutage_aSettlingLookupIsNeverSkippedAndRetriesUntilSeamAnswers(t *testing.T) {
	fail := respond(503, "")
	srv := newRecordingServer(t, fail, fail, fail, fail, fail, fail, fail, fail, fail, respond(200, minimalSession))
	c := newTestClient(t, srv.URL, func(c *Config) { c.MaxRetries = 0; c.OutageCoolDown = time.Hour })
	for range outageTrips {
		_ = getSession(c)
	}
	if err := getSession(c); !errors.As(err, new(*OutageError)) {
		t.Fatalf("want the circuit open, got %v", err)
	}
	ctx, cancel, settling := c.Settling(context.Background())
	defer cancel()
	if _, err := settling.GetClientSession(ctx, ClientSessionLookup{ClientSessionID: "cst1"}); err != nil {
		t.Fatalf("the settling lookup: %v", err)
	}
	if got := srv.count(); got != 10 {
		t.Errorf("server saw %d requests, want 10 (6 that opened the breaker, 3 failed tries of the lookup, its success)", got)
	}
	if err := getSession(c); !errors.As(err, new(*OutageError)) {
		t.Errorf("the settling lookup closed or fed the breaker: %v", err)
	}
}

// A dead API fails fast: 700 parallel lookups against a server that drops every connection
// reach it only until the window shows the outage, not 700 times with their retries.
func TestOutage_aDeadAPIIsTriedAFewTimesNotOncePerLookup(t *testing.T) {
	l, err := (&net.ListenConfig{}).Listen(context.Background(), "tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var accepted atomic.Int32
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			accepted.Add(1)
			_ = conn.Close()
		}
	}()
	t.Cleanup(func() { _ = l.Close() })
	c := newTestClient(t, "http://"+l.Addr().String(), func(c *Config) { c.OutageCoolDown = time.Hour })
	var wg sync.WaitGroup
	sem := make(chan struct{}, 10) // Terraform's parallelism
	for range 700 {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			_ = getSession(c)
		}()
	}
	wg.Wait()
	// Ten lookups in flight, each with its 3 attempts, may start before the breaker opens.
	if n := accepted.Load(); n > 10*3+outageTrips*3 {
		t.Errorf("the dead API took %d connections for 700 lookups; failing fast, at most %d", n, 10*3+outageTrips*3)
	}
}
