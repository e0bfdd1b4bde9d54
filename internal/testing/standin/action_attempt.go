package standin

import (
	"net/http"

	"github.com/google/uuid"
)

// ActionOutcome is what becomes of the action attempts the stand-in starts: a device's write
// succeeds, fails, or never finishes (a device offline).
type ActionOutcome int

const (
	// ActionSucceeds: pending when the write answers, success at the first get after it.
	ActionSucceeds ActionOutcome = iota
	// ActionFails: pending, then an error with ActionFailure's type and message.
	ActionFails
	// ActionHangs: pending for as long as anyone asks.
	ActionHangs
)

// ActionFailure is the error a failing action attempt answers with.
var ActionFailure = map[string]any{"type": "device_offline", "message": "The device is offline and did not carry out the action."}

// actionAttempt is one write of a device's, as the stand-in tracks it.
type actionAttempt struct {
	id, workspaceID, actionType string
	outcome                     ActionOutcome
	asked                       int
}

// SetActionOutcome makes the action attempts started from now on end as outcome: the fault
// of a device that is offline (ActionHangs) or refuses a write (ActionFails).
func (s *Server) SetActionOutcome(outcome ActionOutcome) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.actionOutcome = outcome
}

// startAction records a device's write, pending; s.mu must be held.
func (s *Server) startAction(who caller, actionType string) map[string]any {
	a := &actionAttempt{id: uuid.NewString(), workspaceID: who.workspaceID, actionType: actionType, outcome: s.actionOutcome}
	s.attempts = append(s.attempts, a)
	return a.json()
}

func (a *actionAttempt) status() string {
	switch {
	case a.asked == 0 || a.outcome == ActionHangs:
		return "pending"
	case a.outcome == ActionFails:
		return "error"
	}
	return "success"
}

func (a *actionAttempt) json() map[string]any {
	out := map[string]any{"action_attempt_id": a.id, "action_type": a.actionType, "status": a.status(), "result": nil, "error": nil}
	switch out["status"] {
	case "success":
		out["result"] = map[string]any{}
	case "error":
		out["error"] = ActionFailure
	}
	return out
}

// getActionAttempt answers an action attempt of the caller's workspace, a step further on.
func (s *Server) getActionAttempt(who caller, p params) answer {
	id, _ := p.str("action_attempt_id")
	for _, a := range s.attempts {
		if a.id == id && a.workspaceID == who.workspaceID {
			a.asked++
			return ok(map[string]any{"action_attempt": a.json()})
		}
	}
	return fail(http.StatusNotFound, "action_attempt_not_found", "Action attempt not found")
}

// The rules the routes of this file follow.
const (
	attemptsSettle Rule = "an action attempt is pending, then success (or, as a fault, error, or pending for ever)"
)

// Each rule's entry in the ledger: the sentence of Seam's it rests on, or what it assumes.
func init() {
	record(map[Rule]Source{
		attemptsSettle: {Path: "/action_attempts/get", Says: "In the background, the Seam API performs the action.",
			Assumed: "how long a device takes is not said; the stand-in answers success at the first get after the write, and a " +
				"test's fault makes it error (device_offline) or stay pending; a write whose device fails or never finishes leaves " +
				"the threshold as it was: a create's stays (Seam answered it), an update's change and a delete are not made"},
	})
}

// The routes this file serves, by path, and the rules each follows.
func init() {
	serve(map[string]servedRoute{
		"/action_attempts/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.getActionAttempt(who, p) },
			rules: []Rule{workspaceScoped, attemptsSettle}},
	})
}
