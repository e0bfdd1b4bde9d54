package shared

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// APIErrorDiagnostic words any error of the Seam client: what the provider was doing
// (action, such as `Reading the client session with client_session_id "x"`), what went
// wrong, and what to do about it. Callers handle their own expected errors (not found,
// already exists) first.
func APIErrorDiagnostic(action string, err error, credential Source) diag.Diagnostic {
	var (
		apiErr      *seam.APIError
		transport   *seam.TransportError
		respErr     *seam.ResponseError
		outage      *seam.OutageError
		notAccepted *seam.CredentialNotAcceptedError
	)
	switch {
	case errors.As(err, &outage):
		return diag.NewErrorDiagnostic("Seam API unavailable",
			fmt.Sprintf("%s was not attempted: %s. Check Seam's status page and the network path to the endpoint, then run Terraform again.", action, outage))
	case errors.As(err, &notAccepted):
		return diag.NewErrorDiagnostic("This needs an API key or a personal access token",
			fmt.Sprintf("%s needs an API key or a personal access token, and the credential from %s is %s: %s.",
				action, credential, notAccepted.Kind.WithArticle(), notAccepted))
	case errors.As(err, &apiErr) && apiErr.IsAuth():
		objects := cmp.Or(apiErr.Objects, "these objects")
		return diag.NewErrorDiagnostic("Seam rejected the credential",
			fmt.Sprintf("%s failed: Seam refused the credential from %s: %s. Check that it is current and that it may manage "+
				"%s in this workspace; for a personal access token, check %s too.", action, credential, apiErr, objects, SettingWorkspaceID.Both()))
	case errors.As(err, &apiErr) && apiErr.Type == "" && apiErr.StatusCode < http.StatusInternalServerError:
		// Not Seam's error envelope: a wrong path in the endpoint, or a proxy's page.
		return diag.NewErrorDiagnostic("Unexpected response from the Seam API",
			fmt.Sprintf("%s failed: %s. That is not an answer of Seam's API: check the endpoint, its path included "+
				"(%s), and any proxy between (HTTPS_PROXY, NO_PROXY).", action, apiErr, SettingEndpoint.Both()))
	case errors.As(err, &apiErr) && apiErr.StatusCode == http.StatusTooManyRequests:
		return diag.NewErrorDiagnostic("Seam API rate limit",
			fmt.Sprintf("%s failed: %s. Seam was still limiting the rate of requests after the provider's retries. Raise %s "+
				"to retry longer, or run Terraform with a lower -parallelism.", action, apiErr, SettingMaxRetries.Both()))
	case errors.As(err, &apiErr) && len(apiErr.FieldErrors()) > 0:
		return fieldErrorsDiagnostic(action, apiErr)
	case errors.As(err, &apiErr):
		return diag.NewErrorDiagnostic("Seam API error", fmt.Sprintf("%s failed: %s.", action, apiErr))
	case errors.As(err, &transport) && transport.Timeout:
		return diag.NewErrorDiagnostic("Seam API timed out",
			fmt.Sprintf("%s failed: %s. Raise %s if Seam is slow to answer, or check the network path to the endpoint "+
				"(HTTPS_PROXY, NO_PROXY).", action, transport, SettingRequestTimeout.Both()))
	case errors.As(err, &transport):
		return diag.NewErrorDiagnostic("Cannot reach the Seam API",
			fmt.Sprintf("%s failed: %s. Check the endpoint and the network path to it (HTTPS_PROXY, NO_PROXY).", action, transport))
	case errors.As(err, &respErr):
		return diag.NewErrorDiagnostic("Unexpected response from the Seam API",
			fmt.Sprintf("%s failed: %s. Check that the endpoint is Seam's API.", action, respErr))
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return diag.NewErrorDiagnostic("Interrupted before Seam answered",
			fmt.Sprintf("%s was interrupted (%s). If the request had reached Seam, Seam may have acted on it all the same; "+
				"the next plan reads what Seam holds.", action, err))
	}
	return diag.NewErrorDiagnostic("Seam API call failed", fmt.Sprintf("%s failed: %s.", action, err))
}

// fieldErrorsDiagnostic points at the attribute Seam refused: attributes bear the names of
// Seam's fields.
func fieldErrorsDiagnostic(action string, apiErr *seam.APIError) diag.Diagnostic {
	fields := apiErr.FieldErrors()
	parts := make([]string, len(fields))
	for i, f := range fields {
		parts[i] = fmt.Sprintf("%s: %s", f.Field, strings.Join(f.Messages, "; "))
	}
	return diag.NewAttributeErrorDiagnostic(path.Root(fields[0].Field), "Seam refused a value",
		fmt.Sprintf("%s failed: Seam refused %s (%s). Correct the value in the configuration.",
			action, strings.Join(parts, ", "), strings.TrimPrefix(apiErr.Error(), "Seam API returned ")))
}

// RequestIDSuffix names Seam's request ID, when it sent one, for support.
func RequestIDSuffix(id string) string {
	if id == "" {
		return ""
	}
	return " (request ID " + id + ")"
}
