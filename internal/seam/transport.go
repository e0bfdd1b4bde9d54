package seam

import (
	"bytes"
	"context"
	"errors"
	"fmt"
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
	timeout time.Duration
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
	// The attempt's own deadline, rather than http.Client.Timeout, whose machinery costs a
	// dozen allocations a request; reading the body here keeps it inside the deadline.
	attemptCtx, cancel := context.WithTimeout(ctx, t.timeout)
	defer cancel()
	resp, err := t.next.RoundTrip(req.WithContext(attemptCtx))
	if err == nil {
		err = t.bufferBody(resp)
	}
	if err != nil && ctx.Err() == nil && errors.Is(attemptCtx.Err(), context.DeadlineExceeded) {
		err = &attemptTimeoutError{timeout: t.timeout}
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
	if resp.ContentLength > t.maxBody {
		return &TooLargeError{Limit: t.maxBody}
	}
	var body []byte
	var err error
	if resp.ContentLength >= 0 {
		// net/http holds the body to its Content-Length: a short one fails as ErrUnexpectedEOF.
		body = make([]byte, resp.ContentLength)
		_, err = io.ReadFull(resp.Body, body)
	} else {
		body, err = io.ReadAll(io.LimitReader(resp.Body, t.maxBody+1))
	}
	if err != nil {
		return err
	}
	if int64(len(body)) > t.maxBody {
		return &TooLargeError{Limit: t.maxBody}
	}
	resp.Body = &bufferedBody{Reader: bytes.NewReader(body), data: body}
	resp.ContentLength = int64(len(body))
	return nil
}

// bufferedBody is a body already read whole; the client takes its bytes without a copy.
type bufferedBody struct {
	*bytes.Reader
	data []byte
}

func (*bufferedBody) Close() error { return nil }

// bodyBytes returns the bytes of a body the transport buffered, reading any other body.
func bodyBytes(body io.Reader) ([]byte, error) {
	if b, ok := body.(*bufferedBody); ok {
		return b.data, nil
	}
	return io.ReadAll(body)
}

// attemptTimeoutError is an attempt that outlived its timeout; net.Error, so the retry
// policy and the client treat it as the timeout it is.
type attemptTimeoutError struct{ timeout time.Duration }

func (e *attemptTimeoutError) Error() string   { return fmt.Sprintf("no answer within %s", e.timeout) }
func (e *attemptTimeoutError) Timeout() bool   { return true }
func (e *attemptTimeoutError) Temporary() bool { return true }

type attemptsKey struct{}

type attemptCounter struct{ n atomic.Int32 }

func (c *attemptCounter) next() int { return int(c.n.Add(1)) }
func (c *attemptCounter) load() int { return int(c.n.Load()) }

// withAttemptCounter lets the transport count one call's attempts, retries and all.
func withAttemptCounter(ctx context.Context) (context.Context, *attemptCounter) {
	counter := &attemptCounter{}
	return context.WithValue(ctx, attemptsKey{}, counter), counter
}
