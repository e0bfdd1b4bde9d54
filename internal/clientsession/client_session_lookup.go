package clientsession

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// readClientSession looks up the session a configuration names: the shared body of the data
// source's Read and the ephemeral resource's Open.
func readClientSession(ctx context.Context, pd *shared.ProviderData, config shared.Attrs) (*seam.ClientSession, diag.Diagnostics) {
	ctx, client, diags := pd.Seam(ctx, descriptor.TypeName)
	if diags.HasError() {
		return nil, diags
	}
	lookup := seam.ClientSessionLookup{ClientSessionID: config.String(attrClientSessionID), UserIdentifierKey: config.String(attrUserIdentifierKey)}
	credential := client.Credential()
	if lookup == (seam.ClientSessionLookup{}) && credential.Kind() != seam.ClientSessionToken {
		diags.AddError("No client session lookup key",
			fmt.Sprintf("Set %s or %s to say which client session to read. Only a provider that authenticates with a "+
				"client session token may leave both out: it then reads that token's own session. This provider "+
				"authenticates with %s from %s.", attrClientSessionID, attrUserIdentifierKey,
				credential.Kind().WithArticle(), pd.CredentialSource))
		return nil, diags
	}
	tflog.Debug(ctx, "Reading Seam client session", map[string]any{
		attrClientSessionID: lookup.ClientSessionID, attrUserIdentifierKey: lookup.UserIdentifierKey,
	})
	found, err := client.GetClientSession(ctx, lookup)
	if err != nil {
		diags.Append(lookupErrorDiagnostic(err, lookup, credential, pd.CredentialSource))
		return nil, diags
	}
	if d := mismatchDiagnostic(found, lookup, credential, pd.CredentialSource); d != nil {
		diags.Append(d)
		return nil, diags
	}
	return found, diags
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

// ownSessionOnly is the advice for a client session token that was asked for a session by
// key: such a token reads only its own session.
func ownSessionOnly(at path.Path, asked, answered string, credential shared.Source) diag.Diagnostic {
	return diag.NewAttributeErrorDiagnostic(at, "A client session token reads only its own session",
		fmt.Sprintf("The provider authenticates with the client session token from %s and asked for the client session with %s; "+
			"%s. A client session token reads only its own session. Remove %s from this block to read the token's own "+
			"session, or configure the provider with an API key or a personal access token to read other sessions.",
			credential, asked, answered, at))
}

// mismatchDiagnostic refuses a session other than the one asked for: a server that
// matches loosely (Seam's fake server does) must not hand over another user's token, nor
// a session from outside the personal access token's workspace.
func mismatchDiagnostic(s *seam.ClientSession, lookup seam.ClientSessionLookup, credential seam.Credential, src shared.Source) diag.Diagnostic {
	var got string
	switch {
	case lookup.ClientSessionID != "" && s.ClientSessionID != lookup.ClientSessionID:
		got = fmt.Sprintf("%s %q", attrClientSessionID, s.ClientSessionID)
	case lookup.UserIdentifierKey != "" && (s.UserIdentifierKey == nil || *s.UserIdentifierKey != lookup.UserIdentifierKey):
		got = fmt.Sprintf("client session %q, whose %s is %s", s.ClientSessionID, attrUserIdentifierKey, quoteOrNull(s.UserIdentifierKey))
	case credential.WorkspaceID() != "" && s.WorkspaceID != credential.WorkspaceID():
		asked, at := describeLookup(lookup)
		return diag.NewAttributeErrorDiagnostic(at, "Seam returned a client session of another workspace",
			fmt.Sprintf("The provider acts in workspace %q (workspace_id) and asked for the client session with %s; Seam "+
				"answered with client session %q of workspace %q. Its values are not used. Check workspace_id (or SEAM_WORKSPACE_ID) "+
				"and the endpoint.", credential.WorkspaceID(), orOwnSession(asked), s.ClientSessionID, s.WorkspaceID))
	default:
		return nil
	}
	asked, at := describeLookup(lookup)
	if credential.Kind() == seam.ClientSessionToken {
		return ownSessionOnly(at, asked, "Seam answered with the token's own session, "+got, src)
	}
	return shared.DifferentObjectDiagnostic(at, descriptor, asked, got)
}

func quoteOrNull(s *string) string {
	if s == nil {
		return "null"
	}
	return fmt.Sprintf("%q", *s)
}

// lookupErrorDiagnostic adds what a lookup knows to the client's error: the key asked for,
// and the attribute it came from.
func lookupErrorDiagnostic(err error, lookup seam.ClientSessionLookup, credential seam.Credential, src shared.Source) diag.Diagnostic {
	asked, at := describeLookup(lookup)
	var notFound *seam.NotFoundError
	if errors.As(err, &notFound) {
		answered := fmt.Sprintf(" Seam answered HTTP %d%s.", notFound.StatusCode, shared.RequestIDSuffix(notFound.RequestID))
		switch {
		case asked == "":
			return diag.NewErrorDiagnostic("Client session not found", fmt.Sprintf("Seam found no client session for the "+
				"client session token from %s; the session may have been deleted or may have expired.%s", src, answered))
		case credential.Kind() == seam.ClientSessionToken:
			return ownSessionOnly(at, asked, "Seam found none it may show this token"+shared.RequestIDSuffix(notFound.RequestID), src)
		}
		return shared.NotFoundDiagnostic(at, descriptor, asked, notFound, src)
	}
	return shared.APIErrorDiagnostic("Reading the client session with "+orOwnSession(asked), err, src)
}

func orOwnSession(asked string) string {
	if asked == "" {
		return "the client session token's own session"
	}
	return asked
}
