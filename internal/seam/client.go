// Package seam is a small client for the Seam API: credentials, requests with retries,
// typed errors, and one file per object with its type, its routes and its list filters:
// client sessions, user identities, Connect Webviews, webhooks, spaces, access grants (and
// their access methods), devices and connected accounts, noise thresholds and climate presets,
// and the action attempts a device's writes answer, which it waits for. It knows nothing of
// Terraform.
package seam

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/hashicorp/go-cleanhttp"
	"github.com/hashicorp/go-retryablehttp"
)

const (
	headerWorkspace          = "Seam-Workspace"
	headerClientSessionToken = "Client-Session-Token"
	headerRequestID          = "Seam-Request-Id"

	// DefaultMaxRetries matches Seam's own SDKs.
	DefaultMaxRetries = 2
	// DefaultRequestTimeout bounds each attempt, as in Seam's SDKs.
	DefaultRequestTimeout = 30 * time.Second
	// DefaultMaxBodyBytes caps a response body; a client session is a few hundred bytes.
	DefaultMaxBodyBytes = 10 << 20
	// DefaultMaxRetryAfter caps how long a Retry-After header can make the client wait.
	DefaultMaxRetryAfter = 60 * time.Second
	// maxIdleConnsPerHost keeps a connection for each of Terraform's parallel reads
	// (10 by default) and more; Go's default of 2 would reopen connections constantly.
	maxIdleConnsPerHost = 64
)

// Config holds everything a Client needs. Zero values take the defaults.
type Config struct {
	Endpoint   string
	Credential Credential
	UserAgent  string
	// MaxRetries is the number of retries after the first attempt; 0 turns retries off.
	MaxRetries int
	// RequestTimeout bounds each attempt, the body's read included.
	RequestTimeout time.Duration
	// RetryWaitMin and RetryWaitMax bound the exponential backoff between attempts.
	RetryWaitMin, RetryWaitMax time.Duration
	MaxRetryAfter              time.Duration
	// OutageWindow is how many of the latest calls the client weighs for an outage: when more
	// than half of them failed (each after its retries, with a transport error or a 5xx), the
	// client stops calling Seam for OutageCoolDown.
	OutageWindow   int
	OutageCoolDown time.Duration
	Logger         Logger
}

// Client calls the Seam API. It is safe for concurrent use; share one per credential.
type Client struct {
	baseURL    string
	credential Credential
	userAgent  string
	http       *http.Client
	maxRetries int
	timeout    time.Duration
	waitMin    time.Duration
	waitMax    time.Duration
	maxAfter   time.Duration
	// outage is nil on a settling client (Settling), which neither consults nor feeds it.
	outage    *outageBreaker
	logger    Logger
	workspace *workspaceCache
}

// New checks cfg and builds a client. It sends nothing.
func New(cfg Config) (*Client, error) {
	if cfg.Endpoint == "" {
		cfg.Endpoint = DefaultEndpoint
	}
	base, err := ParseEndpoint(cfg.Endpoint)
	if err != nil {
		return nil, err
	}
	if cfg.Credential.kind == 0 {
		return nil, errors.New("seam: no credential; build one with NewCredential")
	}
	if cfg.MaxRetries < 0 {
		return nil, fmt.Errorf("seam: MaxRetries must not be negative, got %d", cfg.MaxRetries)
	}
	if cfg.RequestTimeout < 0 {
		return nil, fmt.Errorf("seam: RequestTimeout must not be negative, got %s", cfg.RequestTimeout)
	}
	if cfg.OutageWindow < 0 || cfg.OutageCoolDown < 0 {
		return nil, errors.New("seam: OutageWindow and OutageCoolDown must not be negative")
	}
	c := &Client{
		baseURL:    base.String(),
		credential: cfg.Credential,
		userAgent:  cfg.UserAgent,
		maxRetries: cfg.MaxRetries,
		timeout:    orDefault(cfg.RequestTimeout, DefaultRequestTimeout),
		waitMin:    orDefault(cfg.RetryWaitMin, 200*time.Millisecond),
		waitMax:    orDefault(cfg.RetryWaitMax, 5*time.Second),
		maxAfter:   orDefault(cfg.MaxRetryAfter, DefaultMaxRetryAfter),
		outage:     newOutageBreaker(orDefault(cfg.OutageWindow, DefaultOutageWindow), orDefault(cfg.OutageCoolDown, DefaultOutageCoolDown)),
		logger:     cfg.Logger,
		workspace:  &workspaceCache{},
	}
	if c.logger == nil {
		c.logger = nopLogger{}
	}
	c.http = &http.Client{
		Transport: &transport{
			next:    newDefaultTransport(),
			maxBody: DefaultMaxBodyBytes,
			timeout: c.timeout,
			logger:  c.logger,
			secrets: c.Secrets(),
		},
		CheckRedirect: sameHostRedirectsOnly,
	}
	return c, nil
}

// Secrets lists the values this client must never log: its credential.
func (c *Client) Secrets() []string { return c.credential.secrets() }

// Credential reports the credential the client authenticates with.
func (c *Client) Credential() Credential { return c.credential }

// newDefaultTransport starts from go-cleanhttp's pooled transport: proxy from the
// environment, dial and TLS handshake timeouts, HTTP/2, and no shared global state.
func newDefaultTransport() *http.Transport {
	t := cleanhttp.DefaultPooledTransport()
	t.MaxIdleConnsPerHost = maxIdleConnsPerHost
	t.MaxIdleConns = maxIdleConnsPerHost
	t.TLSClientConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	return t
}

// sameHostRedirectsOnly stops redirects to another host: Go forwards custom headers such
// as Client-Session-Token and Seam-Workspace to any host, so they would leak.
func sameHostRedirectsOnly(req *http.Request, via []*http.Request) error {
	first := via[0].URL
	if req.URL.Host != first.Host || req.URL.Scheme != first.Scheme {
		return &RedirectError{From: first.Scheme + "://" + first.Host, To: req.URL.Scheme + "://" + req.URL.Host}
	}
	if len(via) >= 3 {
		return errors.New("stopped after 3 redirects")
	}
	return nil
}

// call sends body as JSON to the route and hands a 2xx body to decode. It retries as the
// route's policy allows, and not at all while the client has found Seam down.
func (c *Client) call(ctx context.Context, r route, body any, decode func([]byte) error) error {
	if err := r.check(c.credential.kind); err != nil {
		return err
	}
	payload, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("seam: encoding request: %w", err)
	}
	if c.outage == nil {
		return r.typed(c.send(ctx, r, payload, decode))
	}
	done, err := c.outage.allow()
	if err != nil {
		return err
	}
	err = c.send(ctx, r, payload, decode)
	done(err)
	return r.typed(err)
}

func (c *Client) send(ctx context.Context, r route, payload []byte, decode func([]byte) error) error {
	ctx, attempts := withAttemptCounter(ctx)
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+r.path, payload)
	if err != nil {
		return fmt.Errorf("seam: building request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if c.userAgent != "" {
		req.Header.Set("User-Agent", c.userAgent)
	}
	c.credential.apply(req.Header)

	resp, err := c.retrying(ctx, r.retry).Do(req)
	if err != nil {
		return c.transportError(ctx, err, attempts.load())
	}
	defer resp.Body.Close()
	data, err := bodyBytes(resp.Body)
	if err != nil {
		return c.transportError(ctx, err, attempts.load())
	}
	return c.interpret(resp, data, attempts.load(), decode)
}

func (c *Client) interpret(resp *http.Response, body []byte, attempts int, decode func([]byte) error) error {
	requestID := resp.Header.Get(headerRequestID)
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return decodeAPIError(resp.StatusCode, body, requestID, attempts, c.Secrets())
	}
	if err := decode(body); err != nil {
		var partial *partialObject
		errors.As(err, &partial)
		return &ResponseError{
			StatusCode: resp.StatusCode,
			RequestID:  requestID,
			Problem:    err.Error(),
			Excerpt:    excerpt(body, c.Secrets()),
			Attempts:   attempts,
			ObjectID:   partial.objectID(),
		}
	}
	return nil
}

func (c *Client) transportError(ctx context.Context, err error, attempts int) error {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return &CancelledError{Err: ctxErr, Attempts: attempts}
	}
	var netErr net.Error
	timeout := errors.As(err, &netErr) && netErr.Timeout()
	return &TransportError{Err: unwrapURLError(err), Timeout: timeout, NotSent: neverSent(err), RequestTimeout: c.timeout, Attempts: attempts}
}

// unwrapURLError drops url.Error's wrapping, which quotes the full URL and method.
func unwrapURLError(err error) error {
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		return urlErr.Err
	}
	return err
}

// decodeAPIError reads Seam's error envelope, or keeps a clean excerpt of any other body.
func decodeAPIError(status int, body []byte, requestID string, attempts int, secrets []string) *APIError {
	e := &APIError{StatusCode: status, RequestID: requestID, Attempts: attempts}
	var envelope struct {
		Error *struct {
			Type             string         `json:"type"`
			Message          string         `json:"message"`
			ValidationErrors map[string]any `json:"validation_errors"`
		} `json:"error"`
	}
	if json.Unmarshal(body, &envelope) == nil && envelope.Error != nil && envelope.Error.Type != "" {
		e.Type = redact(envelope.Error.Type, secrets)
		e.Message = redact(envelope.Error.Message, secrets)
		e.ValidationErrors = envelope.Error.ValidationErrors
		return e
	}
	e.Excerpt = excerpt(body, secrets)
	return e
}

func orDefault[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}
