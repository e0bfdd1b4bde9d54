package seamspec

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/getkin/kin-openapi/openapi3filter"
)

// authenticate checks that a request carries the credential one of the operation's
// security schemes names, in the headers Seam's docs give for it (seam-api.md). It reads
// credentials by their documented prefixes, on its own: it must not share a mistake with
// the client's prefix detection, which it checks.
func authenticate(_ context.Context, in *openapi3filter.AuthenticationInput) error {
	h := in.RequestValidationInput.Request.Header
	bearer, hasBearer := strings.CutPrefix(h.Get("Authorization"), "Bearer ")
	workspace := h.Get("Seam-Workspace")
	cst := h.Get("Client-Session-Token")
	var problem string
	switch in.SecuritySchemeName {
	case "api_key":
		switch {
		case !hasBearer || !isAPIKey(bearer):
			problem = "needs Authorization: Bearer <API key>"
		case workspace != "" || cst != "":
			problem = "an API key request must not carry Seam-Workspace or Client-Session-Token"
		}
	case "pat_with_workspace":
		if !hasBearer || !strings.HasPrefix(bearer, "seam_at") || workspace == "" {
			problem = "needs Authorization: Bearer <personal access token> and Seam-Workspace"
		}
	case "client_session":
		if !hasBearer || !strings.HasPrefix(bearer, "seam_cst") || cst != bearer {
			problem = "needs Authorization: Bearer <client session token> and the same token in Client-Session-Token"
		}
	case "console_session_with_workspace":
		if !hasBearer || !strings.HasPrefix(bearer, "ey") || workspace == "" {
			problem = "needs Authorization: Bearer <console session JWT> and Seam-Workspace"
		}
	case "publishable_key":
		if !strings.HasPrefix(h.Get("Seam-Publishable-Key"), "seam_pk") {
			problem = "needs Seam-Publishable-Key"
		}
	default:
		return in.NewError(fmt.Errorf("security scheme %q has no rule in seamspec; add one from Seam's docs", in.SecuritySchemeName))
	}
	if problem != "" {
		return in.NewError(errors.New(in.SecuritySchemeName + ": " + problem))
	}
	return nil
}

// isAPIKey: an API key starts seam_ and is none of the other seam_ credentials.
func isAPIKey(s string) bool {
	if !strings.HasPrefix(s, "seam_") {
		return false
	}
	for _, other := range []string{"seam_cst", "seam_at", "seam_pk"} {
		if strings.HasPrefix(s, other) {
			return false
		}
	}
	return true
}
