package shared

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// MayHaveReachedSeam reports whether a failed create may have made the object all the same:
// a 5xx, a timeout after the request was sent, an interrupt while Seam was answering. Seam's
// 4xx answers, and requests never sent, made nothing.
func MayHaveReachedSeam(err error) bool {
	var apiErr *seam.APIError
	var transport *seam.TransportError
	var cancelled *seam.CancelledError
	switch {
	case errors.As(err, &apiErr):
		return apiErr.StatusCode >= http.StatusInternalServerError
	case errors.As(err, &transport):
		return !transport.NotSent
	case errors.As(err, &cancelled):
		return cancelled.Attempts > 0
	}
	return errors.Is(err, context.DeadlineExceeded)
}

// lookupAfterInterrupt bounds the lookup that follows an interrupted create.
const lookupAfterInterrupt = 30 * time.Second

// AfterInterrupt is the context for the one lookup that settles what a failed create did:
// after an interrupt the call's context is done, and the lookup still runs, bounded, while
// Terraform waits for the provider to finish. Call the returned function when done.
func AfterInterrupt(ctx context.Context) (context.Context, context.CancelFunc) {
	if ctx.Err() == nil {
		return ctx, func() {}
	}
	return context.WithTimeout(context.WithoutCancel(ctx), lookupAfterInterrupt)
}

// MaybeCreatedDiagnostic is the error for a create that may have made an object the provider
// cannot find again (it has no key to look it up by): the provider does not create another,
// and the user is told how to find and import the one that may exist. object is the noun as
// written mid-sentence ("webhook", "Connect Webview"); find says where to look.
func MaybeCreatedDiagnostic(object, resourceType, idAttr, action string, err error, find string) diag.Diagnostic {
	return diag.NewErrorDiagnostic(strings.ToUpper(object[:1])+object[1:]+" may have been created",
		fmt.Sprintf("%s failed after the request may have reached Seam: %s. Seam may have made the %s, and the provider "+
			"cannot tell, so it does not create another. %s If it exists, import it: terraform import %s.<name> <%s>; or "+
			"delete it, and apply again.", action, err, object, find, resourceType, idAttr))
}
