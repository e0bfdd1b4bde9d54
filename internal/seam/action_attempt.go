package seam

import (
	"context"
	"fmt"
	"time"
)

// ActionAttempt is Seam's record of a write a device carries out after Seam has answered
// (programming a noise threshold into a sensor): pending, then success or error.
type ActionAttempt struct {
	ActionAttemptID string                `json:"action_attempt_id"`
	ActionType      string                `json:"action_type"`
	Status          string                `json:"status"`
	Error           *ActionAttemptFailure `json:"error"`
}

// ActionAttemptFailure is Seam's error of a failed action attempt.
type ActionAttemptFailure struct {
	Type    string `json:"type"`
	Message string `json:"message"`
}

// The statuses of an action attempt, as Seam's OpenAPI enumerates them.
const (
	ActionPending = "pending"
	ActionSuccess = "success"
	ActionError   = "error"
)

func (a *ActionAttempt) missingField() string {
	switch {
	case a.ActionAttemptID == "":
		return "action_attempt_id"
	case a.Status == "":
		return "status"
	}
	return ""
}

// ActionAttemptError is a device's write that Seam reports failed, with Seam's error type and
// message (a device offline, a value it refuses).
type ActionAttemptError struct {
	ActionAttemptID, ActionType string
	Type, Message               string
}

func (e *ActionAttemptError) Error() string {
	return fmt.Sprintf("the device did not carry out %s: Seam's action attempt %s failed with %s: %s", e.ActionType,
		e.ActionAttemptID, e.Type, e.Message)
}

// ActionAttemptPendingError is a wait that ended while the device had not yet carried out the
// write: Seam may still carry it out later.
type ActionAttemptPendingError struct {
	ActionAttemptID, ActionType string
	Waited                      time.Duration
	// Err is why the wait ended: the context's deadline or its cancellation.
	Err error
}

func (e *ActionAttemptPendingError) Error() string {
	return fmt.Sprintf("the device had not carried out %s after %s (Seam's action attempt %s is still pending): the write may "+
		"still complete once the device is reachable; /action_attempts/get with this action_attempt_id tells its outcome",
		e.ActionType, e.Waited.Round(time.Second), e.ActionAttemptID)
}

func (e *ActionAttemptPendingError) Unwrap() error { return e.Err }

var (
	actionAttempt          = object{"action attempt", "action attempts", "action_attempt_not_found", ""}
	routeGetActionAttempt  = declare(route{"/action_attempts/get", safeToRepeat, anyCredential, actionAttempt})
	firstActionAttemptPoll = 200 * time.Millisecond
	lastActionAttemptPoll  = 3 * time.Second
)

// GetActionAttempt calls /action_attempts/get.
func (c *Client) GetActionAttempt(ctx context.Context, actionAttemptID string) (*ActionAttempt, error) {
	body := struct {
		ActionAttemptID string `json:"action_attempt_id"`
	}{actionAttemptID}
	return callFor[ActionAttempt](ctx, c, routeGetActionAttempt, body, "action_attempt")
}

// WaitForActionAttempt waits until the device has carried out the write attempt stands for,
// as Seam's SDKs do (wait_for_action_attempt): it polls /action_attempts/get with a growing
// interval until the attempt succeeds (nil), fails (an ActionAttemptError), or ctx ends (an
// ActionAttemptPendingError). Every write that answers an action attempt waits with it.
func (c *Client) WaitForActionAttempt(ctx context.Context, attempt *ActionAttempt) error {
	start, interval := time.Now(), firstActionAttemptPoll
	for {
		switch attempt.Status {
		case ActionSuccess:
			return nil
		case ActionError:
			failure := ActionAttemptFailure{Type: "an error Seam did not describe"}
			if attempt.Error != nil {
				failure = *attempt.Error
			}
			return &ActionAttemptError{ActionAttemptID: attempt.ActionAttemptID, ActionType: attempt.ActionType, Type: failure.Type,
				Message: failure.Message}
		case ActionPending:
		default:
			return fmt.Errorf("seam: action attempt %s has status %q, which is none of Seam's (pending, success, error)",
				attempt.ActionAttemptID, attempt.Status)
		}
		pending := func(err error) error {
			return &ActionAttemptPendingError{ActionAttemptID: attempt.ActionAttemptID, ActionType: attempt.ActionType,
				Waited: time.Since(start), Err: err}
		}
		select {
		case <-ctx.Done():
			return pending(ctx.Err())
		case <-time.After(interval):
		}
		interval = min(interval*3/2, lastActionAttemptPoll)
		next, err := c.GetActionAttempt(ctx, attempt.ActionAttemptID)
		switch {
		case err != nil && ctx.Err() != nil:
			return pending(ctx.Err())
		case err != nil:
			return fmt.Errorf("asking Seam whether the device carried out %s (action attempt %s): %w", attempt.ActionType,
				attempt.ActionAttemptID, err)
		}
		attempt = next
	}
}

// decodeAttempt is the action attempt of a write's answer.
func decodeAttempt(body []byte) (*ActionAttempt, error) {
	return decodeOne[ActionAttempt](body, "action_attempt")
}

// callForAttempt calls a write of r that answers an action attempt (and nothing Terraform
// reads): it returns the attempt, not yet waited for.
func callForAttempt(ctx context.Context, c *Client, r route, body any) (*ActionAttempt, error) {
	var attempt *ActionAttempt
	err := c.call(ctx, r, body, func(b []byte) (err error) {
		attempt, err = decodeAttempt(b)
		return err
	})
	return attempt, err
}
