package seam

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

// Answers the client refuses to take are no sign of an outage: however many, they never
// make the client stop calling Seam (nor blame Seam's status page).
func TestOutage_refusedAnswersNeverOpenIt(t *testing.T) {
	cases := map[string]http.HandlerFunc{
		"a redirect to another host": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "http://elsewhere.invalid/x", http.StatusFound)
		},
		"a body over the size cap": respond(200, strings.Repeat("x", DefaultMaxBodyBytes+1)),
	}
	for name, handler := range cases {
		t.Run(name, func(t *testing.T) {
			srv := newRecordingServer(t, handler)
			c := newTestClient(t, srv.URL, func(c *Config) { c.MaxRetries = 0; c.OutageCoolDown = time.Hour })
			for i := range 4 {
				_, err := c.GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "cst1"})
				if err == nil || errors.As(err, new(*OutageError)) {
					t.Fatalf("call %d: want the refusal itself, got %v", i+1, err)
				}
			}
			if srv.count() != 4 {
				t.Errorf("server saw %d requests, want 4: the refusals opened the breaker", srv.count())
			}
		})
	}
}
