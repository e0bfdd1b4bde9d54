// Package standin is a stand-in for the Seam routes and states that Seam's fake server lacks:
// every route the provider's client calls (seam.Paths), for client sessions, user identities,
// Connect Webviews, webhooks, spaces, access grants and their access methods, noise thresholds
// (a sensor's own taken from the fake) and climate presets, and the action attempts of
// device writes, which a test can make fail or hang, scoped to the caller's workspace and exact
// in its matching; devices and connected accounts it passes to the fake, adding what only it
// knows (which of its spaces hold a device, a thermostat's presets); and the fake's login
// simulation for its own webviews. Each rule it answers by is in its ledger (ledger.go and each object's file), with
// the sentence of Seam's OpenAPI it rests on. Every request and response is checked against
// the OpenAPI document, and a violation fails the test that started the server. Workspaces,
// API keys and personal access tokens are those of Seam's fake, which the stand-in asks.
package standin

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/testing/seamspec"
)

// Server is a running stand-in. Its methods let a test set up states the API cannot make
// (an expired session, a device count) and faults, and see what was asked of it.
type Server struct {
	// URL is set by Start; a Server from New is served by its caller.
	URL string

	fail      func(format string, args ...any)
	spec      *seamspec.Validator
	authority *authority
	// OnViolation receives each departure from Seam's OpenAPI; by default it fails the test.
	OnViolation func(error)
	// FillOnCreate, when set, edits each new session as Seam may: filling fields its
	// creator left out.
	FillOnCreate func(*Session)

	mu         sync.Mutex
	sessions   []*Session
	webviews   []*Webview
	identities []*UserIdentity
	webhooks   []*Webhook
	spaces     []*Space
	grants     []*AccessGrant
	methods    []*AccessMethod
	// devices and accounts are the stand-in's own (Seed), beside the fake's.
	devices, accounts []discovered
	thresholds        []*NoiseThreshold
	// shipped marks the sensors ("workspace/device") whose own thresholds were taken in.
	shipped map[string]bool
	// thermostats are the presets of each thermostat seen, by "workspace/device".
	thermostats   map[string]*thermostat
	attempts      []*actionAttempt
	actionOutcome ActionOutcome
	faults        map[string][]Fault
	requests      []Request
	requestID     int
}

// Request is one request the stand-in received.
type Request struct {
	Method, Path string
	Body         []byte
}

// New makes a stand-in to serve as an http.Handler. fakeURL is Seam's fake server, which
// authenticates API keys and personal access tokens; fail reports what must fail the test
// (or the benchmark) using it.
func New(fakeURL string, fail func(format string, args ...any)) (*Server, error) {
	spec, err := seamspec.NewValidator()
	if err != nil {
		return nil, err
	}
	s := &Server{fail: fail, spec: spec, authority: newAuthority(fakeURL), faults: map[string][]Fault{}, shipped: map[string]bool{},
		thermostats: map[string]*thermostat{}}
	s.OnViolation = func(err error) { fail("stand-in: %v", err) }
	return s, nil
}

// Start serves a stand-in on a loopback port until t ends; a violation fails t.
func Start(t testing.TB, fakeURL string) *Server {
	t.Helper()
	s, err := New(fakeURL, t.Errorf)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	s.URL = srv.URL
	return s
}

// ServeHTTP checks the request against Seam's OpenAPI, answers it (or with a fault set up
// for its path), checks the answer, and sends it with a seam-request-id.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if r.URL.Path == "/_fake/complete_connect_webview" {
		s.serveCompleteWebview(w, body)
		return
	}
	s.mu.Lock()
	s.requests = append(s.requests, Request{Method: r.Method, Path: r.URL.Path, Body: body})
	s.requestID++
	requestID := "standin_request_" + strconv.Itoa(s.requestID)
	fault, faulty := s.nextFault(r.URL.Path)
	s.mu.Unlock()

	input, err := s.spec.Request(r.Context(), r, body)
	if err != nil {
		s.OnViolation(err)
		writeJSON(w, requestID, http.StatusBadRequest, errorBody("invalid_input", err.Error()))
		return
	}
	if faulty && fault.Meanwhile != nil {
		fault.Meanwhile()
	}
	if faulty && !fault.AfterHandling {
		fault.write(w, r, requestID)
		return
	}
	rec := httptest.NewRecorder()
	// Like Seam, the stand-in finishes a request it received even if the client goes away.
	s.route(rec, r.WithContext(context.WithoutCancel(r.Context())), body)
	if err := s.spec.Response(r.Context(), input, rec.Code, rec.Header(), rec.Body.Bytes()); err != nil {
		s.OnViolation(err)
	}
	if faulty && fault.Rewrite == nil {
		fault.write(w, r, requestID)
		return
	}
	answer := rec.Body.Bytes()
	if faulty {
		answer = fault.Rewrite(answer)
		select {
		case <-time.After(fault.Delay):
		case <-r.Context().Done():
			return
		}
	}
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.Header().Set("Seam-Request-Id", requestID)
	w.Header().Del("Content-Length")
	w.WriteHeader(rec.Code)
	_, _ = w.Write(answer)
}

// Requests lists what the stand-in received, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.requests)
}

// Insert adds a session to workspaceID as if it had been created now, after edit has set
// whatever the test needs; it returns the session as stored.
func (s *Server) Insert(workspaceID string, edit func(*Session)) Session {
	s.mu.Lock()
	defer s.mu.Unlock()
	session := newSession(workspaceID, time.Now())
	if edit != nil {
		edit(session)
	}
	s.sessions = append(s.sessions, session)
	return session.clone()
}

// Update changes a session out of band, as another Seam client would; it fails the test
// (through fail) when there is no such session.
func (s *Server) Update(clientSessionID string, edit func(*Session)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := s.index(clientSessionID)
	if i < 0 {
		s.fail("stand-in: no client session %s to update", clientSessionID)
		return
	}
	edit(s.sessions[i])
}

// Remove deletes a session out of band and reports whether it was there.
func (s *Server) Remove(clientSessionID string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := s.index(clientSessionID)
	if i >= 0 {
		s.sessions = slices.Delete(s.sessions, i, i+1)
	}
	return i >= 0
}

// Sessions lists the sessions of a workspace, in creation order.
func (s *Server) Sessions(workspaceID string) []Session {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Session
	for _, session := range s.sessions {
		if session.WorkspaceID == workspaceID {
			out = append(out, session.clone())
		}
	}
	return out
}

func (s *Server) index(clientSessionID string) int {
	return slices.IndexFunc(s.sessions, func(x *Session) bool { return x.ClientSessionID == clientSessionID })
}

func writeJSON(w http.ResponseWriter, requestID string, status int, v any) {
	var buf bytes.Buffer
	_ = json.NewEncoder(&buf).Encode(v)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if requestID != "" {
		w.Header().Set("Seam-Request-Id", requestID)
	}
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// errorBody is Seam's error envelope.
func errorBody(errorType, message string) map[string]any {
	return map[string]any{"error": map[string]any{"type": errorType, "message": message}, "ok": false}
}
