package seam

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

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
