package seam

import (
	"fmt"
	"net/http"
	"strings"
)

// CredentialKind says which of Seam's authentication methods a credential uses.
type CredentialKind int

const (
	// APIKey is a workspace API key (seam_…).
	APIKey CredentialKind = iota + 1
	// PersonalAccessToken is a user's token (seam_at…); it needs a workspace ID.
	PersonalAccessToken
	// ClientSessionToken is an end user's token (seam_cst…).
	ClientSessionToken
	// PublishableKey is a client-side key (seam_pk…); the provider never accepts it.
	PublishableKey
	// ConsoleSessionToken is a JWT from Seam Console; the provider never accepts it.
	ConsoleSessionToken
	// UnknownCredential is a value that matches none of Seam's formats.
	UnknownCredential
)

// String names the kind in words, for messages.
func (k CredentialKind) String() string {
	switch k {
	case APIKey:
		return "API key"
	case PersonalAccessToken:
		return "personal access token"
	case ClientSessionToken:
		return "client session token"
	case PublishableKey:
		return "publishable key"
	case ConsoleSessionToken:
		return "console session token (JWT)"
	default:
		return "unrecognized credential"
	}
}

// DetectCredentialKind tells the kind of a secret from its prefix, the way Seam's SDKs do.
func DetectCredentialKind(secret string) CredentialKind {
	switch {
	case strings.HasPrefix(secret, "seam_cst"):
		return ClientSessionToken
	case strings.HasPrefix(secret, "seam_at"):
		return PersonalAccessToken
	case strings.HasPrefix(secret, "seam_pk"):
		return PublishableKey
	case strings.HasPrefix(secret, "ey"):
		return ConsoleSessionToken
	case strings.HasPrefix(secret, "seam_"):
		return APIKey
	default:
		return UnknownCredential
	}
}

// Credential is one way to authenticate to Seam. Build it with NewCredential.
type Credential struct {
	kind        CredentialKind
	secret      string
	bearer      string
	workspaceID string
}

// NewCredential checks that secret has the format of kind and returns the credential.
// workspaceID is required for a personal access token and refused for the other kinds.
func NewCredential(kind CredentialKind, secret, workspaceID string) (Credential, error) {
	if kind != APIKey && kind != PersonalAccessToken && kind != ClientSessionToken {
		return Credential{}, fmt.Errorf("seam: %s is not a supported credential kind", kind)
	}
	if secret == "" {
		return Credential{}, &CredentialError{Kind: kind, Problem: "is empty"}
	}
	if got := DetectCredentialKind(secret); got != kind {
		return Credential{}, &CredentialError{Kind: kind, LooksLike: got}
	}
	switch {
	case kind == PersonalAccessToken && workspaceID == "":
		return Credential{}, &CredentialError{Kind: kind, Problem: "needs a workspace ID"}
	case kind != PersonalAccessToken && workspaceID != "":
		return Credential{}, &CredentialError{Kind: kind, Problem: "cannot be used with a workspace ID"}
	}
	return Credential{kind: kind, secret: secret, bearer: "Bearer " + secret, workspaceID: workspaceID}, nil
}

// Kind reports the credential's kind.
func (c Credential) Kind() CredentialKind { return c.kind }

// WorkspaceID is the workspace a personal access token acts in, or "".
func (c Credential) WorkspaceID() string { return c.workspaceID }

// secrets lists the values that must never appear in a log or an error.
func (c Credential) secrets() []string {
	if c.secret == "" {
		return nil
	}
	return []string{c.secret}
}

// apply sets the authentication headers Seam's SDKs send for this kind.
func (c Credential) apply(h http.Header) {
	h.Set("Authorization", c.bearer)
	switch c.kind {
	case PersonalAccessToken:
		h.Set(headerWorkspace, c.workspaceID)
	case ClientSessionToken:
		h.Set(headerClientSessionToken, c.secret)
	}
}

// CredentialError says why a credential was refused before anything was sent.
// It never holds the secret.
type CredentialError struct {
	Kind CredentialKind
	// LooksLike is the kind the value's prefix shows, when it is not Kind.
	LooksLike CredentialKind
	// Problem is set for errors other than a wrong prefix.
	Problem string
}

func (e *CredentialError) Error() string {
	if e.Problem != "" {
		return fmt.Sprintf("the %s %s", e.Kind, e.Problem)
	}
	if e.LooksLike == UnknownCredential {
		return fmt.Sprintf("the value given as %s has an unknown format (Seam credentials start with seam_)", e.Kind.WithArticle())
	}
	return fmt.Sprintf("%s cannot be used as %s", e.LooksLike.WithArticle(), e.Kind.WithArticle())
}

// WithArticle is String with "a" or "an" before it.
func (k CredentialKind) WithArticle() string {
	s := k.String()
	if strings.ContainsRune("aeiouAEIOU", rune(s[0])) {
		return "an " + s
	}
	return "a " + s
}
