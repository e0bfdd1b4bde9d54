package provider

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// readClientSession looks up the session m's configuration names and fills m: the shared
// body of the data source's Read and the ephemeral resource's Open.
func readClientSession(ctx context.Context, pd *providerData, m *clientSessionModel) diag.Diagnostics {
	var diags diag.Diagnostics
	if pd == nil {
		diags.AddError("Seam provider not configured",
			"The provider was not configured before seam_client_session was read. This is a bug in the provider or Terraform; please report it.")
		return diags
	}
	lookup := m.lookup()
	if lookup == (seam.ClientSessionLookup{}) && pd.client.Credential().Kind() != seam.ClientSessionToken {
		diags.AddError("No client session lookup key",
			fmt.Sprintf("Set %s or %s to say which client session to read. Only a provider that authenticates with a "+
				"client session token may leave both out: it then reads that token's own session. This provider "+
				"authenticates with %s from %s.", attrClientSessionID, attrUserIdentifierKey,
				pd.client.Credential().Kind().WithArticle(), pd.credentialSource))
		return diags
	}
	ctx = pd.logContext(ctx)
	tflog.Debug(ctx, "Reading Seam client session", map[string]any{
		attrClientSessionID: lookup.ClientSessionID, attrUserIdentifierKey: lookup.UserIdentifierKey,
	})
	session, err := pd.client.GetClientSession(ctx, lookup)
	if err != nil {
		diags.Append(lookupErrorDiagnostic(err, lookup, pd.credentialSource))
		return diags
	}
	if d := mismatchDiagnostic(session, lookup); d != nil {
		diags.Append(d)
		return diags
	}
	diags.Append(m.fill(ctx, session)...)
	return diags
}

// describeLookup names the key and value asked for, and where its diagnostic belongs.
func describeLookup(lookup seam.ClientSessionLookup) (string, path.Path) {
	switch {
	case lookup.ClientSessionID != "":
		return fmt.Sprintf("%s %q", attrClientSessionID, lookup.ClientSessionID), path.Root(attrClientSessionID)
	case lookup.UserIdentifierKey != "":
		return fmt.Sprintf("%s %q", attrUserIdentifierKey, lookup.UserIdentifierKey), path.Root(attrUserIdentifierKey)
	}
	return "", path.Empty()
}

// mismatchDiagnostic refuses a session other than the one asked for: a server that
// matches loosely (Seam's fake server does) must not hand over another user's token.
func mismatchDiagnostic(s *seam.ClientSession, lookup seam.ClientSessionLookup) diag.Diagnostic {
	var got string
	switch {
	case lookup.ClientSessionID != "" && s.ClientSessionID != lookup.ClientSessionID:
		got = fmt.Sprintf("%s %q", attrClientSessionID, s.ClientSessionID)
	case lookup.UserIdentifierKey != "" && (s.UserIdentifierKey == nil || *s.UserIdentifierKey != lookup.UserIdentifierKey):
		got = fmt.Sprintf("client session %q, whose %s is %s", s.ClientSessionID, attrUserIdentifierKey, quoteOrNull(s.UserIdentifierKey))
	default:
		return nil
	}
	asked, at := describeLookup(lookup)
	return diag.NewAttributeErrorDiagnostic(at, "Seam returned a different client session",
		fmt.Sprintf("The provider asked for the client session with %s, and Seam answered with %s. "+
			"Its values are not used. Check the endpoint: it should be Seam's API.", asked, got))
}

func quoteOrNull(s *string) string {
	if s == nil {
		return "null"
	}
	return fmt.Sprintf("%q", *s)
}

// lookupErrorDiagnostic turns the client's typed errors into a diagnostic that says what
// went wrong and what to do, naming the key, the credential's source and the request ID.
func lookupErrorDiagnostic(err error, lookup seam.ClientSessionLookup, credential source) diag.Diagnostic {
	asked, at := describeLookup(lookup)
	var apiErr *seam.APIError
	var transportErr *seam.TransportError
	var respErr *seam.ResponseError
	switch {
	case errors.As(err, &apiErr) && apiErr.IsNotFound():
		answered := fmt.Sprintf(" Seam answered HTTP %d%s.", apiErr.StatusCode, requestIDSuffix(apiErr.RequestID))
		if asked == "" {
			return diag.NewErrorDiagnostic("Client session not found", fmt.Sprintf("Seam found no client session for the "+
				"client session token from %s; the session may have been deleted.%s", credential, answered))
		}
		return diag.NewAttributeErrorDiagnostic(at, "Client session not found",
			fmt.Sprintf("Seam has no client session with %s in the workspace of the credential from %s.%s", asked, credential, answered))
	case errors.As(err, &apiErr) && apiErr.IsAuth():
		return diag.NewErrorDiagnostic("Seam rejected the credential",
			fmt.Sprintf("Seam refused the credential from %s: %s. Check that it is current and that it may read client "+
				"sessions in this workspace; for a personal access token, check %s too.", credential, apiErr, settingWorkspaceID.both()))
	case errors.As(err, &apiErr):
		return diag.NewErrorDiagnostic("Seam API error", fmt.Sprintf("Reading the client session with %s failed: %s.", orOwnSession(asked), apiErr))
	case errors.As(err, &transportErr) && transportErr.Timeout:
		return diag.NewErrorDiagnostic("Seam API timed out",
			fmt.Sprintf("Reading the client session with %s failed: %s. Raise %s if Seam is slow to answer, or check the "+
				"network path to the endpoint (HTTPS_PROXY, NO_PROXY).", orOwnSession(asked), transportErr, settingRequestTimeout.both()))
	case errors.As(err, &transportErr):
		return diag.NewErrorDiagnostic("Cannot reach the Seam API",
			fmt.Sprintf("Reading the client session with %s failed: %s. Check the endpoint and the network path to it "+
				"(HTTPS_PROXY, NO_PROXY).", orOwnSession(asked), transportErr))
	case errors.As(err, &respErr):
		return diag.NewErrorDiagnostic("Unexpected response from the Seam API",
			fmt.Sprintf("Reading the client session with %s failed: %s. Check that the endpoint is Seam's API.", orOwnSession(asked), respErr))
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return diag.NewErrorDiagnostic("Client session read cancelled", fmt.Sprintf("Terraform stopped the read: %s.", err))
	}
	return diag.NewErrorDiagnostic("Cannot read the client session", err.Error())
}

func orOwnSession(asked string) string {
	if asked == "" {
		return "the client session token's own session"
	}
	return asked
}

func requestIDSuffix(id string) string {
	if id == "" {
		return ""
	}
	return " (request ID " + id + ")"
}
