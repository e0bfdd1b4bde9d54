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
	// DefaultOutageThreshold is how many calls in a row must fail, each after all its
	// retries, before the client stops calling Seam: one failed call may be a blip.
	DefaultOutageThreshold = 2
	// DefaultOutageCoolDown is how long the client then fails at once before it tries again.
	DefaultOutageCoolDown = 30 * time.Second
)

// outageBreaker lets the calls of one client share what they learn of an outage: after
// threshold calls in a row fail with a transport error or a 5xx, the next calls fail at
// once for the cool-down; then one call is let through, and its success closes it again.
// A 429, a cancelled call or a refused answer counts neither way: they are not outages.
type outageBreaker struct {
	cb       *gobreaker.TwoStepCircuitBreaker[struct{}]
	coolDown time.Duration

	mu sync.Mutex
	// first is the first failure of the current run of failed calls; failures counts the run.
	first    error
	failures int
	openedAt time.Time
}

func newOutageBreaker(threshold int, coolDown time.Duration) *outageBreaker {
	b := &outageBreaker{coolDown: coolDown}
	b.cb = gobreaker.NewTwoStepCircuitBreaker[struct{}](gobreaker.Settings{
		Name:         "seam",
		Timeout:      coolDown,
		ReadyToTrip:  func(c gobreaker.Counts) bool { return c.ConsecutiveFailures >= uint32(threshold) },
		IsSuccessful: func(err error) bool { return !isOutage(err) },
		IsExcluded:   excluded,
		OnStateChange: func(_ string, _, to gobreaker.State) {
			if to == gobreaker.StateOpen {
				b.mu.Lock()
				b.openedAt = time.Now()
				b.mu.Unlock()
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
		return nil, &OutageError{First: b.first, Failures: b.failures, RetryAt: b.openedAt.Add(b.coolDown)}
	}
	return func(callErr error) {
		b.mu.Lock()
		switch {
		case isOutage(callErr):
			if b.failures == 0 {
				b.first = callErr
			}
			b.failures++
		case !excluded(callErr):
			b.first, b.failures = nil, 0
		}
		b.mu.Unlock()
		// After b.mu is released: gobreaker takes its own lock, then OnStateChange takes b.mu.
		record(callErr)
	}, nil
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
// down. First is the failure that began the run. It does not unwrap to First: this call
// reached nothing, and must not be taken for a call that failed at Seam.
type OutageError struct {
	First    error
	Failures int
	RetryAt  time.Time
}

func (e *OutageError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "the provider stopped calling Seam for this run after %d %s in a row failed", e.Failures, plural(e.Failures, "request", "requests"))
	if e.First != nil {
		fmt.Fprintf(&b, "; the first failure: %v", e.First)
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
