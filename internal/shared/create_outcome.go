package shared

import (
	"context"
	"errors"
	"net/http"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// MayHaveReachedSeam reports whether a failed create may have made the object all the same:
// a 5xx, a timeout after the request was sent, an interrupt while Seam was answering, or a
// 2xx whose body the client could not use. Seam's 4xx answers, and requests never sent,
// made nothing.
func MayHaveReachedSeam(err error) bool {
	var apiErr *seam.APIError
	var transport *seam.TransportError
	var cancelled *seam.CancelledError
	var response *seam.ResponseError
	switch {
	case errors.As(err, &response):
		return true
	case errors.As(err, &apiErr):
		return apiErr.StatusCode >= http.StatusInternalServerError
	case errors.As(err, &transport):
		return !transport.NotSent
	case errors.As(err, &cancelled):
		return cancelled.Attempts > 0
	}
	return errors.Is(err, context.DeadlineExceeded)
}
