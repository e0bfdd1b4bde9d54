package seam

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"
)

// APIError is a non-2xx answer from Seam. Type and Message come from Seam's JSON error body;
// when the body was not Seam's JSON (a proxy's HTML page, an empty 503), Type is empty and
// Excerpt holds the start of the body with secrets removed.
type APIError struct {
	StatusCode       int
	Type             string
	Message          string
	ValidationErrors map[string]any
	RequestID        string
	Excerpt          string
	// Attempts is how many requests were sent, retries included.
	Attempts int
	// Objects names, in the plural, the kind of object the route acts on ("webhooks"), for
	// advice such as which permission the credential lacks.
	Objects string
}

func (e *APIError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Seam API returned HTTP %d", e.StatusCode)
	switch {
	case e.Type != "":
		fmt.Fprintf(&b, " %s: %s", e.Type, e.Message)
	case e.Excerpt != "":
		fmt.Fprintf(&b, " with a body that is not a Seam error: %q", e.Excerpt)
	default:
		fmt.Fprintf(&b, " (%s) with an empty body", http.StatusText(e.StatusCode))
	}
	writeContext(&b, e.RequestID, e.Attempts)
	return b.String()
}

// NotFoundError is Seam saying that the object a call names does not exist. Only Seam's own
// error type for that object says so: any other 404 (a wrong path in the endpoint, a proxy's
// page) stays a plain APIError.
type NotFoundError struct {
	// Object names the kind of object, such as "client session".
	Object string
	*APIError
}

func (e *NotFoundError) Unwrap() error { return e.APIError }

// AlreadyExistsError is Seam refusing a create because the workspace already has such an
// object with the same key (a client session's user_identifier_key, a user identity's
// user_identity_key).
type AlreadyExistsError struct {
	Object string
	*APIError
}

func (e *AlreadyExistsError) Unwrap() error { return e.APIError }

// FieldErrors lists Seam's per-field validation messages (validation_errors, in zod's
// shape {"field": {"_errors": [...]}}), by field, fields in order; nil when there are none.
func (e *APIError) FieldErrors() []FieldError {
	var out []FieldError
	for field, v := range e.ValidationErrors {
		inner, _ := v.(map[string]any)
		raw, _ := inner["_errors"].([]any)
		var msgs []string
		for _, m := range raw {
			if s, ok := m.(string); ok {
				msgs = append(msgs, s)
			}
		}
		if field != "_errors" && len(msgs) > 0 {
			out = append(out, FieldError{Field: field, Messages: msgs})
		}
	}
	slices.SortFunc(out, func(a, b FieldError) int { return strings.Compare(a.Field, b.Field) })
	return out
}

// FieldError is what Seam said of one field of a refused request.
type FieldError struct {
	Field    string
	Messages []string
}

// IsAuth reports whether Seam refused the credential.
func (e *APIError) IsAuth() bool {
	return e.StatusCode == http.StatusUnauthorized || e.StatusCode == http.StatusForbidden
}

// ResponseError is a 2xx answer whose body could not be used: malformed, truncated,
// empty, or missing a required field.
type ResponseError struct {
	StatusCode int
	RequestID  string
	Problem    string
	Excerpt    string
	Attempts   int
	// ObjectID is the Seam ID of the object the body held, when it held one: a create that
	// answered so made that object.
	ObjectID string
}

func (e *ResponseError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Seam API returned HTTP %d with an unusable body: %s", e.StatusCode, e.Problem)
	if e.Excerpt != "" {
		fmt.Fprintf(&b, " (body starts %q)", e.Excerpt)
	}
	writeContext(&b, e.RequestID, e.Attempts)
	return b.String()
}

// TransportError is a request that got no usable HTTP answer: a refused or reset
// connection, a timeout, an oversized body, a redirect that was not followed.
type TransportError struct {
	Err error
	// Timeout is set when an attempt ran past its timeout.
	Timeout bool
	// NotSent is set when the request provably never reached Seam: the connection was refused.
	NotSent        bool
	RequestTimeout time.Duration
	Attempts       int
}

func (e *TransportError) Error() string {
	var b strings.Builder
	if e.Timeout {
		fmt.Fprintf(&b, "Seam API did not answer within the request timeout of %s", e.RequestTimeout)
	} else {
		fmt.Fprintf(&b, "request to Seam API failed: %v", e.Err)
	}
	writeContext(&b, "", e.Attempts)
	return b.String()
}

func (e *TransportError) Unwrap() error { return e.Err }

// TooLargeError is a response body over the client's size cap.
type TooLargeError struct {
	Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("response body is larger than %d bytes; refusing to read it", e.Limit)
}

// RedirectError is a redirect to another host, refused so credentials stay with Seam.
type RedirectError struct {
	From, To string
}

func (e *RedirectError) Error() string {
	return fmt.Sprintf("refused a redirect from %s to another host, %s, so credentials are not sent there", e.From, e.To)
}

func writeContext(b *strings.Builder, requestID string, attempts int) {
	if requestID != "" {
		fmt.Fprintf(b, " (request ID %s)", requestID)
	}
	if attempts > 1 {
		fmt.Fprintf(b, " after %d attempts", attempts)
	}
}

// CancelledError is a call stopped by its context (Terraform was interrupted, or its own
// deadline passed) before Seam's answer arrived. With Attempts above zero the request was
// sent, and Seam may have acted on it.
type CancelledError struct {
	Err      error
	Attempts int
}

func (e *CancelledError) Error() string {
	if e.Attempts == 0 {
		return fmt.Sprintf("request cancelled before it was sent: %v", e.Err)
	}
	return fmt.Sprintf("request cancelled after %d %s, before Seam answered: %v", e.Attempts, plural(e.Attempts, "attempt", "attempts"), e.Err)
}

func (e *CancelledError) Unwrap() error { return e.Err }
