package seam

import (
	"errors"
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

// route is one Seam endpoint the client calls, with its retry policy, the credential kinds
// Seam accepts on it (its OpenAPI security schemes; a conformance test checks them) and the
// kind of object it acts on, whose error types the client turns into typed errors.
type route struct {
	path    string
	retry   retryPolicy
	accepts []CredentialKind
	object  object
}

// routes are every route the client calls, in the order their object files declare them: the
// one list Seam's contract is extracted by (internal/cmd/seamopenapi), and the stand-in's
// routes are held to.
var routes []route

// declare adds r to routes.
func declare(r route) route {
	routes = append(routes, r)
	return r
}

// Paths are the paths of every route the client calls, sorted.
func Paths() []string {
	out := make([]string, len(routes))
	for i, r := range routes {
		out[i] = r.path
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// object is a kind of Seam object, named in words (singular and plural, for messages), and
// the error types Seam answers about it with.
type object struct {
	name          string
	plural        string
	notFound      string
	alreadyExists string
}

// Credential kinds by route: what Seam's OpenAPI lists for it.
var (
	anyCredential = []CredentialKind{APIKey, PersonalAccessToken, ClientSessionToken}
	workspaceKeys = []CredentialKind{APIKey, PersonalAccessToken}
)

// typed gives Seam's error for r's object its own type (NotFoundError, AlreadyExistsError).
func (r route) typed(err error) error {
	if err == nil {
		return nil
	}
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		apiErr.Objects = r.object.plural
	}
	switch {
	case !errors.As(err, &apiErr) || apiErr.Type == "":
	case apiErr.Type == r.object.notFound:
		return &NotFoundError{Object: r.object.name, APIError: apiErr}
	case apiErr.Type == r.object.alreadyExists:
		return &AlreadyExistsError{Object: r.object.name, APIError: apiErr}
	}
	return err
}

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
