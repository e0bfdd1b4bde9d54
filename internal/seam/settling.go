package seam

import (
	"context"
	"time"
)

const (
	// minSettleWindow is the least time given to the lookups that settle a lost answer.
	minSettleWindow = 30 * time.Second
	// settleMaxRetries leaves the window, not a count, to end a settling lookup's retries.
	settleMaxRetries = 1000
)

// Settling is the client, and the context, for the lookups that settle what a write whose
// answer was lost did: they are the one call that keeps Terraform from making a second object
// or leaving one behind. So they ignore the outage breaker (neither skipped by it nor feeding
// it), go on after Terraform is interrupted, and retry with backoff for the settle window:
// 30 s, or one request timeout when that is longer. Call cancel when done.
func (c *Client) Settling(ctx context.Context) (settleCtx context.Context, cancel context.CancelFunc, settling *Client) {
	s := *c
	s.outage = nil
	s.maxRetries = settleMaxRetries
	settleCtx, cancel = context.WithTimeout(context.WithoutCancel(ctx), c.SettleWindow())
	return settleCtx, cancel, &s
}

// SettleWindow is how long the lookups that settle a lost answer may take.
func (c *Client) SettleWindow() time.Duration { return max(minSettleWindow, c.timeout) }
