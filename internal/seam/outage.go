package seam

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/sony/gobreaker/v2"
)

const (
	// DefaultOutageWindow is how many of the latest calls the client weighs to tell an outage
	// from a flaky moment: when more than half of them failed, each after all its retries, the
	// client stops calling Seam. Under a partial outage most calls still succeed, and the run
	// goes on; a dead API fails 6 calls and then every call at once.
	DefaultOutageWindow = 10
	// DefaultOutageCoolDown is how long the client then fails at once before it tries again.
	DefaultOutageCoolDown = 30 * time.Second
)

// outageBreaker lets the calls of one client share what they learn of an outage: when more
// than half of the last window calls failed with a transport error or a 5xx, the next calls
// fail at once for the cool-down; then one call is let through, and its success closes it
// again. A 429, a cancelled call or a refused answer counts neither way: they are not outages.
type outageBreaker struct {
	cb       *gobreaker.TwoStepCircuitBreaker[struct{}]
	coolDown time.Duration
	size     int

	mu sync.Mutex
	// recent holds the outcomes of the latest calls, oldest first: the error of a failed
	// call, nil for a success.
	recent []error
	// tripped is what the window held when the breaker opened, for the message.
	tripped  outageCounts
	openedAt time.Time
}

// outageCounts is what a window of calls came to: how many failed of how many, and the
// earliest failure among them.
type outageCounts struct {
	failures, calls int
	first           error
}

func newOutageBreaker(size int, coolDown time.Duration) *outageBreaker {
	b := &outageBreaker{coolDown: coolDown, size: size}
	b.cb = gobreaker.NewTwoStepCircuitBreaker[struct{}](gobreaker.Settings{
		Name:         "seam",
		Timeout:      coolDown,
		ReadyToTrip:  func(gobreaker.Counts) bool { return b.mostFailed() },
		IsSuccessful: func(err error) bool { return !isOutage(err) },
		IsExcluded:   excluded,
		OnStateChange: func(_ string, _, to gobreaker.State) {
			b.mu.Lock()
			defer b.mu.Unlock()
			switch to {
			case gobreaker.StateOpen:
				b.openedAt = time.Now()
				b.tripped = b.counts()
			case gobreaker.StateClosed:
				b.recent = nil
			}
		},
	})
	return b
}

// allow reports whether a call may go to Seam; its done func records the call's outcome.
func (b *outageBreaker) allow() (done func(error), err error) {
	record, err := b.cb.Allow()
	if err != nil {
		b.mu.Lock()
		defer b.mu.Unlock()
		return nil, &OutageError{First: b.tripped.first, Failures: b.tripped.failures, Calls: b.tripped.calls,
			RetryAt: b.openedAt.Add(b.coolDown)}
	}
	return func(callErr error) {
		if !excluded(callErr) {
			b.mu.Lock()
			outcome := callErr
			if !isOutage(callErr) {
				outcome = nil
			}
			b.recent = append(b.recent, outcome)
			if len(b.recent) > b.size {
				b.recent = b.recent[len(b.recent)-b.size:]
			}
			b.mu.Unlock()
		}
		// After b.mu is released: gobreaker takes its own lock, then ReadyToTrip and
		// OnStateChange take b.mu.
		record(callErr)
	}, nil
}

// mostFailed is the trip rule: more than half of a whole window failed. Before the window
// fills, the calls not yet made count as successes, so a few early failures do not trip it.
func (b *outageBreaker) mostFailed() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return 2*b.counts().failures > b.size
}

// counts sums up the window; b.mu must be held.
func (b *outageBreaker) counts() outageCounts {
	c := outageCounts{calls: len(b.recent)}
	for _, err := range b.recent {
		if err != nil {
			if c.first == nil {
				c.first = err
			}
			c.failures++
		}
	}
	return c
}

// open reports whether the breaker is failing calls at once, so retries can stop early.
func (b *outageBreaker) open() bool { return b.cb.State() == gobreaker.StateOpen }

// excluded calls say nothing of whether Seam is up: a rate limit, a cancelled call, or an
// answer the client refused to take (a redirect to another host, an oversized body), which
// retrying and waiting cannot fix and Seam's status page will not explain.
func excluded(err error) bool {
	return isRateLimit(err) || errors.Is(err, context.Canceled) || isRefusedAnswer(err)
}

func isRefusedAnswer(err error) bool {
	var redirect *RedirectError
	var tooLarge *TooLargeError
	return errors.As(err, &redirect) || errors.As(err, &tooLarge)
}

// isOutage: Seam could not be reached, or answered with a server error.
func isOutage(err error) bool {
	var transport *TransportError
	var apiErr *APIError
	switch {
	case isRefusedAnswer(err):
		return false
	case errors.As(err, &transport):
		return true
	case errors.As(err, &apiErr):
		return apiErr.StatusCode >= 500
	}
	return false
}

func isRateLimit(err error) bool {
	var apiErr *APIError
	return errors.As(err, &apiErr) && apiErr.StatusCode == http.StatusTooManyRequests
}

// OutageError is a call the client did not send, because the calls before it found Seam
// down: Failures of the latest Calls failed, First the earliest of them. It does not unwrap
// to First: this call reached nothing, and must not be taken for a call that failed at Seam.
type OutageError struct {
	First    error
	Failures int
	Calls    int
	RetryAt  time.Time
}

func (e *OutageError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "the provider stopped calling Seam for a while after %d of its last %d %s failed",
		e.Failures, e.Calls, plural(e.Calls, "request", "requests"))
	if e.First != nil {
		fmt.Fprintf(&b, "; the first of them: %v", e.First)
	}
	if wait := time.Until(e.RetryAt).Round(time.Second); wait > 0 {
		fmt.Fprintf(&b, "; it tries Seam again in %s", wait)
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
