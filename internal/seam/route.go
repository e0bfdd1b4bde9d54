package seam

import (
	"fmt"
	"slices"
)

// retryPolicy says when a failed call may be sent again.
type retryPolicy int

const (
	// safeToRepeat: a read, or a write whose repetition changes nothing more (a union, a delete).
	safeToRepeat retryPolicy = iota + 1
	// onlyIfNotSent: a write that would be done twice; retried only when Seam provably
	// never acted on it (the connection was refused, or Seam answered 429).
	onlyIfNotSent
)

// route is one Seam endpoint the client calls, with its retry policy and the credential
// kinds Seam accepts on it (its OpenAPI security schemes; a conformance test checks them).
type route struct {
	path    string
	retry   retryPolicy
	accepts []CredentialKind
}

var (
	routeGetClientSession    = route{"/client_sessions/get", safeToRepeat, []CredentialKind{APIKey, PersonalAccessToken, ClientSessionToken}}
	routeCreateClientSession = route{"/client_sessions/create", onlyIfNotSent, []CredentialKind{APIKey, PersonalAccessToken}}
	routeListClientSessions  = route{"/client_sessions/list", safeToRepeat, []CredentialKind{APIKey, PersonalAccessToken}}
	routeGrantAccess         = route{"/client_sessions/grant_access", safeToRepeat, []CredentialKind{APIKey, PersonalAccessToken}}
	routeDeleteClientSession = route{"/client_sessions/delete", safeToRepeat, []CredentialKind{APIKey, PersonalAccessToken}}
	routeGetConnectWebview   = route{"/connect_webviews/get", safeToRepeat, []CredentialKind{APIKey, PersonalAccessToken, ClientSessionToken}}
)

// CredentialNotAcceptedError is a call that Seam would refuse for the credential's kind,
// stopped before anything was sent.
type CredentialNotAcceptedError struct {
	Kind CredentialKind
	Path string
}

func (e *CredentialNotAcceptedError) Error() string {
	return fmt.Sprintf("Seam does not accept %s on %s; it needs an API key or a personal access token", e.Kind.WithArticle(), e.Path)
}

func (r route) check(kind CredentialKind) error {
	if slices.Contains(r.accepts, kind) {
		return nil
	}
	return &CredentialNotAcceptedError{Kind: kind, Path: r.path}
}
