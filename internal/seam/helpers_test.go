package seam

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"testing"
	"time"
)

const (
	testAPIKey = "seam_apikey1_token"
	testPAT    = "seam_at1_longtoken"
	testCST    = "seam_cst1_token"
)

func mustCredential(t testing.TB, kind CredentialKind, secret, workspace string) Credential {
	t.Helper()
	c, err := NewCredential(kind, secret, workspace)
	if err != nil {
		t.Fatalf("NewCredential: %v", err)
	}
	return c
}

// newTestClient points a client at url with fast retries, so fault tests run in milliseconds.
func newTestClient(t testing.TB, url string, edit func(*Config)) *Client {
	t.Helper()
	cfg := Config{
		Endpoint:       url,
		Credential:     mustCredential(t, APIKey, testAPIKey, ""),
		MaxRetries:     2,
		RequestTimeout: 5 * time.Second,
		RetryWaitMin:   time.Millisecond,
		RetryWaitMax:   5 * time.Millisecond,
	}
	if edit != nil {
		edit(&cfg)
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// recordingServer answers each request with the next of responses (the last repeats)
// and keeps the requests it saw.
type recordingServer struct {
	*httptest.Server
	mu       sync.Mutex
	requests []*http.Request
	bodies   [][]byte
}

func newRecordingServer(t testing.TB, responses ...http.HandlerFunc) *recordingServer {
	t.Helper()
	s := &recordingServer{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		n := len(s.requests)
		body := make([]byte, r.ContentLength)
		_, _ = r.Body.Read(body)
		s.requests = append(s.requests, r.Clone(context.Background()))
		s.bodies = append(s.bodies, body)
		s.mu.Unlock()
		responses[min(n, len(responses)-1)](w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *recordingServer) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.requests)
}

func respond(status int, body string, headers ...string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		for i := 0; i+1 < len(headers); i += 2 {
			w.Header().Set(headers[i], headers[i+1])
		}
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}
}

// recordingLogger keeps every entry, to assert on what is logged and what never is.
type recordingLogger struct {
	mu      sync.Mutex
	entries []logEntry
}

type logEntry struct {
	level  string
	msg    string
	fields map[string]any
}

func (l *recordingLogger) Debug(_ context.Context, msg string, fields map[string]any) {
	l.add("debug", msg, fields)
}

func (l *recordingLogger) Warn(_ context.Context, msg string, fields map[string]any) {
	l.add("warn", msg, fields)
}

func (l *recordingLogger) add(level, msg string, fields map[string]any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.entries = append(l.entries, logEntry{level, msg, fields})
}

func (l *recordingLogger) byLevel(level string) []logEntry {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []logEntry
	for _, e := range l.entries {
		if e.level == level {
			out = append(out, e)
		}
	}
	return out
}
