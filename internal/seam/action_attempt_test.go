package seam

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

// pendingAttempt is a write's answer: Seam's action attempt, not yet carried out.
func pendingAttempt(t *testing.T) *ActionAttempt {
	t.Helper()
	attempt, err := decodeAttempt(readTestdata(t, "noise_threshold_created.json"))
	if err != nil {
		t.Fatal(err)
	}
	return attempt
}

// rawAttempt is the action attempt of a fixture, as plain JSON.
func rawAttempt(t *testing.T, name string) map[string]any {
	t.Helper()
	var envelope map[string]any
	if err := json.Unmarshal(readTestdata(t, name), &envelope); err != nil {
		t.Fatal(err)
	}
	attempt, _ := envelope["action_attempt"].(map[string]any)
	return attempt
}

func TestWaitForActionAttempt_pollsUntilTheDeviceSucceeds(t *testing.T) {
	fastPolls(t)
	pending := string(readTestdata(t, "noise_threshold_created.json"))
	srv := newRecordingServer(t, respond(200, pending), respond(200, pending), respond(200, string(readTestdata(t, "action_attempt.json"))))
	c := newTestClient(t, srv.URL, nil)
	if err := c.WaitForActionAttempt(t.Context(), pendingAttempt(t)); err != nil {
		t.Fatalf("a success after two pending answers: %v", err)
	}
	if srv.count() != 3 {
		t.Errorf("asked %d times, want 3 (pending, pending, success)", srv.count())
	}
	for _, r := range srv.requests {
		if r.URL.Path != "/action_attempts/get" {
			t.Errorf("polled %s, want /action_attempts/get", r.URL.Path)
		}
	}
	id, _ := rawAttempt(t, "noise_threshold_created.json")["action_attempt_id"].(string)
	if want := `"action_attempt_id":"` + id + `"`; id == "" || !strings.Contains(string(srv.bodies[0]), want) {
		t.Errorf("the poll's body %s does not name the attempt (%s)", srv.bodies[0], want)
	}
}

func TestWaitForActionAttempt_aFailedAttemptCarriesSeamsTypeAndMessage(t *testing.T) {
	fastPolls(t)
	srv := newRecordingServer(t, respond(200, string(readTestdata(t, "action_attempt_failed.json"))))
	err := newTestClient(t, srv.URL, nil).WaitForActionAttempt(t.Context(), pendingAttempt(t))
	var failed *ActionAttemptError
	if !errors.As(err, &failed) {
		t.Fatalf("got %v (%T), want an ActionAttemptError", err, err)
	}
	seams, _ := rawAttempt(t, "action_attempt_failed.json")["error"].(map[string]any)
	typ, _ := seams["type"].(string)
	message, _ := seams["message"].(string)
	if typ == "" || failed.Type != typ || failed.Message != message {
		t.Errorf("the error holds %q: %q, want Seam's %q: %q", failed.Type, failed.Message, typ, message)
	}
	for _, want := range []string{typ, message} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q does not say %q", err, want)
		}
	}
}

func TestWaitForActionAttempt_aTimeoutSaysTheWriteMayStillCompleteAndHowToCheck(t *testing.T) {
	fastPolls(t)
	srv := newRecordingServer(t, respond(200, string(readTestdata(t, "noise_threshold_created.json"))))
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	err := newTestClient(t, srv.URL, nil).WaitForActionAttempt(ctx, pendingAttempt(t))
	var pending *ActionAttemptPendingError
	if !errors.As(err, &pending) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v (%T), want an ActionAttemptPendingError for the deadline", err, err)
	}
	id, _ := rawAttempt(t, "noise_threshold_created.json")["action_attempt_id"].(string)
	for _, want := range []string{"may still complete", "/action_attempts/get", id} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q does not say %q", err, want)
		}
	}
	if srv.count() == 0 {
		t.Error("it gave up without asking Seam once")
	}
}

func TestWaitForActionAttempt_anUnknownStatusIsAnErrorNotAWaitForEver(t *testing.T) {
	attempt := pendingAttempt(t)
	attempt.Status = "paused"
	err := newTestClient(t, "http://127.0.0.1:1", nil).WaitForActionAttempt(t.Context(), attempt)
	if err == nil || !strings.Contains(err.Error(), `"paused"`) {
		t.Fatalf("got %v, want an error naming the status", err)
	}
}

func TestWaitForActionAttempt_pollsLessOftenAsItWaits(t *testing.T) {
	var asked []time.Time
	srv := newRecordingServer(t, func(w http.ResponseWriter, r *http.Request) {
		asked = append(asked, time.Now())
		respond(200, string(readTestdata(t, "noise_threshold_created.json")))(w, r)
	})
	ctx, cancel := context.WithTimeout(t.Context(), 1500*time.Millisecond)
	defer cancel()
	_ = newTestClient(t, srv.URL, nil).WaitForActionAttempt(ctx, pendingAttempt(t))
	if len(asked) < 3 {
		t.Fatalf("asked %d times in 1.5 s, want at least 3", len(asked))
	}
	first, last := asked[1].Sub(asked[0]), asked[len(asked)-1].Sub(asked[len(asked)-2])
	if last <= first {
		t.Errorf("the interval went from %s to %s: it must grow (backoff), not hammer Seam", first, last)
	}
}

// fastPolls shortens the first poll interval for the test.
func fastPolls(t *testing.T) {
	t.Helper()
	old := firstActionAttemptPoll
	firstActionAttemptPoll = 5 * time.Millisecond
	t.Cleanup(func() { firstActionAttemptPoll = old })
}
