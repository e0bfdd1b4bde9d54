package seam

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"sync/atomic"
	"time"
)

// transport wraps the real RoundTripper: it counts and logs each attempt (never a header or
// a body) and reads the whole body under a size cap, so a truncated or reset body is a
// retryable transport error and the attempt's timeout covers the read.
type transport struct {
	next    http.RoundTripper
	maxBody int64
	logger  Logger
	secrets []string
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	attempt := 1
	if counter, ok := ctx.Value(attemptsKey{}).(*attemptCounter); ok {
		attempt = counter.next()
	}
	start := time.Now()
	resp, err := t.next.RoundTrip(req)
	if err == nil {
		err = t.bufferBody(resp)
	}
	fields := map[string]any{
		"method":      req.Method,
		"path":        req.URL.Path,
		"attempt":     attempt,
		"duration_ms": time.Since(start).Milliseconds(),
	}
	if err != nil {
		fields["error"] = redact(unwrapURLError(err).Error(), t.secrets)
		t.logger.Debug(ctx, "Seam API request got no response", fields)
		return nil, err
	}
	fields["status"] = resp.StatusCode
	fields["request_id"] = resp.Header.Get(headerRequestID)
	t.logger.Debug(ctx, "Seam API request", fields)
	return resp, nil
}

func (t *transport) bufferBody(resp *http.Response) error {
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, t.maxBody+1))
	if err != nil {
		return err
	}
	if int64(len(body)) > t.maxBody {
		return &TooLargeError{Limit: t.maxBody}
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	resp.ContentLength = int64(len(body))
	return nil
}

type attemptsKey struct{}

type attemptCounter struct{ n atomic.Int32 }

func (c *attemptCounter) next() int { return int(c.n.Add(1)) }
func (c *attemptCounter) load() int { return int(c.n.Load()) }

// withAttemptCounter lets the transport count one call's attempts, retries and all.
func withAttemptCounter(ctx context.Context) (context.Context, *attemptCounter) {
	counter := &attemptCounter{}
	return context.WithValue(ctx, attemptsKey{}, counter), counter
}
