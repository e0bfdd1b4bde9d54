package seam

import (
	"context"
	"errors"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// retrying builds the per-call retry loop around the shared http.Client. It is per call so
// that the retry warnings are logged with the caller's context, and the route's policy applies.
func (c *Client) retrying(ctx context.Context, policy retryPolicy) *retryablehttp.Client {
	return &retryablehttp.Client{
		HTTPClient:   c.http,
		RetryMax:     c.maxRetries,
		RetryWaitMin: c.waitMin,
		RetryWaitMax: c.waitMax,
		CheckRetry: func(ctx context.Context, resp *http.Response, err error) (bool, error) {
			// Once other calls have found Seam down, this one stops too, with its own last answer.
			if c.outage != nil && c.outage.open() {
				return false, err
			}
			if policy == onlyIfNotSent {
				return checkRetryNotSent(ctx, resp, err)
			}
			return checkRetry(ctx, resp, err)
		},
		Backoff: func(_, _ time.Duration, retry int, resp *http.Response) time.Duration {
			wait := c.backoff(retry, resp)
			fields := map[string]any{"retry": retry + 1, "max_retries": c.maxRetries, "wait_ms": wait.Milliseconds()}
			if resp != nil {
				fields["status"] = resp.StatusCode
				fields["request_id"] = resp.Header.Get(headerRequestID)
			}
			c.logger.Warn(ctx, "Seam API request failed; retrying", fields)
			return wait
		},
		// Hand back the last response or error as it is: interpret turns it into a typed error.
		ErrorHandler: func(resp *http.Response, err error, _ int) (*http.Response, error) {
			return resp, err
		},
	}
}

// checkRetry retries transport errors, 429 and 5xx but 501 (retryablehttp's policy), and
// never what retrying cannot fix: a cancelled run, a refused redirect, an oversized body.
func checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err == nil {
		return retryablehttp.DefaultRetryPolicy(ctx, resp, nil)
	}
	var redirect *RedirectError
	var tooLarge *TooLargeError
	if errors.As(err, &redirect) || errors.As(err, &tooLarge) {
		return false, err
	}
	return retryablehttp.DefaultRetryPolicy(ctx, resp, err)
}

// checkRetryNotSent retries a write only when Seam provably did not act on it: it answered
// 429, or the connection was refused before the request was sent. A 5xx or a timeout after
// sending may follow a write that Seam made, so it is never repeated.
func checkRetryNotSent(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		return neverSent(err), err
	}
	return resp.StatusCode == http.StatusTooManyRequests, nil
}

// neverSent reports a failure to connect at all: nothing of the request left the machine.
func neverSent(err error) bool {
	var opErr *net.OpError
	return errors.As(err, &opErr) && opErr.Op == "dial"
}

// backoff waits as Retry-After asks (capped), or exponentially with jitter from waitMin.
func (c *Client) backoff(retry int, resp *http.Response) time.Duration {
	if resp != nil {
		if wait, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
			return min(wait, c.maxAfter)
		}
	}
	wait := c.waitMax
	if retry < 30 {
		wait = min(c.waitMin<<retry, c.waitMax)
	}
	// Full jitter in the upper half keeps parallel reads from retrying in lockstep.
	half := wait / 2
	return half + rand.N(half+1)
}

// parseRetryAfter reads either form of Retry-After: delay seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		if secs > int64(time.Hour/time.Second) {
			return time.Hour, true
		}
		return time.Duration(secs) * time.Second, true
	}
	if at, err := http.ParseTime(v); err == nil {
		return max(at.Sub(now), 0), true
	}
	return 0, false
}
