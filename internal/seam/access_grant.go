package seam

import (
	"context"
	"time"
)

// AccessGrant is Seam's access_grant object: a user identity's access to spaces (or devices,
// or entrances) for a time, by the access methods it requested. ClientSessionToken and
// InstantKeyURL are credentials (a mobile key's).
type AccessGrant struct {
	AccessGrantID          string                  `json:"access_grant_id"`
	WorkspaceID            string                  `json:"workspace_id"`
	UserIdentityID         string                  `json:"user_identity_id"`
	SpaceIDs               []string                `json:"space_ids"`
	RequestedAccessMethods []RequestedAccessMethod `json:"requested_access_methods"`
	AccessMethodIDs        []string                `json:"access_method_ids"`
	Name                   *string                 `json:"name"`
	DisplayName            string                  `json:"display_name"`
	AccessGrantKey         *string                 `json:"access_grant_key"`
	CreatedAt              time.Time               `json:"created_at"`
	StartsAt               time.Time               `json:"starts_at"`
	EndsAt                 *time.Time              `json:"ends_at"`
	ClientSessionToken     *string                 `json:"client_session_token"`
	InstantKeyURL          *string                 `json:"instant_key_url"`
}

// RequestedAccessMethod is one access method a grant asks for: a mode, and for a PIN code
// the code, when the creator chose it. Code is a credential.
type RequestedAccessMethod struct {
	Mode string  `json:"mode"`
	Code *string `json:"code,omitempty"`
}

func (g *AccessGrant) missingField() string {
	switch {
	case g.AccessGrantID == "":
		return "access_grant_id"
	case g.WorkspaceID == "":
		return "workspace_id"
	case g.UserIdentityID == "":
		return "user_identity_id"
	case g.StartsAt.IsZero():
		return "starts_at"
	}
	return ""
}

// Secrets are the grant's credentials, to keep out of logs and errors.
func (g *AccessGrant) Secrets() []string {
	var out []string
	for _, s := range []*string{g.ClientSessionToken, g.InstantKeyURL} {
		if s != nil && *s != "" {
			out = append(out, *s)
		}
	}
	for _, m := range g.RequestedAccessMethods {
		if m.Code != nil && *m.Code != "" {
			out = append(out, *m.Code)
		}
	}
	return out
}

var (
	accessGrant            = object{"access grant", "access grants", "access_grant_not_found", ""}
	routeCreateAccessGrant = declare(route{"/access_grants/create", onlyIfNotSent, workspaceKeys, accessGrant})
	routeGetAccessGrant    = declare(route{"/access_grants/get", safeToRepeat, workspaceKeys, accessGrant})
	routeListAccessGrants  = declare(route{"/access_grants/list", safeToRepeat, workspaceKeys, accessGrant})
	routeUpdateAccessGrant = declare(route{"/access_grants/update", safeToRepeat, workspaceKeys, accessGrant})
	routeDeleteAccessGrant = declare(route{"/access_grants/delete", safeToRepeat, workspaceKeys, accessGrant})
)

// CreateAccessGrantRequest is the body of /access_grants/create; empty fields are left out.
type CreateAccessGrantRequest struct {
	UserIdentityID         string                  `json:"user_identity_id"`
	SpaceIDs               []string                `json:"space_ids,omitempty"`
	DeviceIDs              []string                `json:"device_ids,omitempty"`
	AcsEntranceIDs         []string                `json:"acs_entrance_ids,omitempty"`
	RequestedAccessMethods []RequestedAccessMethod `json:"requested_access_methods"`
	StartsAt               time.Time               `json:"starts_at,omitzero"`
	EndsAt                 time.Time               `json:"ends_at,omitzero"`
	Name                   string                  `json:"name,omitempty"`
	AccessGrantKey         string                  `json:"access_grant_key,omitempty"`
}

// CreateAccessGrant calls /access_grants/create. It is retried only when Seam provably did
// not receive it.
func (c *Client) CreateAccessGrant(ctx context.Context, req CreateAccessGrantRequest) (*AccessGrant, error) {
	return callFor[AccessGrant](ctx, c, routeCreateAccessGrant, req, "access_grant")
}

// AccessGrantLookup names the grant to get: by ID or by key.
type AccessGrantLookup struct {
	AccessGrantID  string `json:"access_grant_id,omitempty"`
	AccessGrantKey string `json:"access_grant_key,omitempty"`
}

// GetAccessGrant calls /access_grants/get.
func (c *Client) GetAccessGrant(ctx context.Context, lookup AccessGrantLookup) (*AccessGrant, error) {
	return callFor[AccessGrant](ctx, c, routeGetAccessGrant, lookup, "access_grant")
}

// AccessGrantFilter is the body of /access_grants/list; empty fields do not filter.
type AccessGrantFilter struct {
	UserIdentityID string `json:"user_identity_id,omitempty"`
	SpaceID        string `json:"space_id,omitempty"`
	AccessGrantKey string `json:"access_grant_key,omitempty"`
}

// ListAccessGrants calls /access_grants/list, every page.
func (c *Client) ListAccessGrants(ctx context.Context, f AccessGrantFilter) ([]AccessGrant, error) {
	return listAll[AccessGrant](ctx, c, routeListAccessGrants, f, "access_grants")
}

// UpdateAccessGrantRequest is the body of /access_grants/update: the grant, selected by its
// ID, and only what changes; a cleared name or ends_at is sent as null. Seam's
// access_grant_key selects a grant too, and no route changes it: a new key is a new grant. An
// update sets values, so repeating it sets the same, and it is retried like a read. Seam
// answers with no object.
type UpdateAccessGrantRequest struct {
	AccessGrantID string            `json:"access_grant_id"`
	Name          Change[string]    `json:"name,omitzero"`
	StartsAt      Change[time.Time] `json:"starts_at,omitzero"`
	EndsAt        Change[time.Time] `json:"ends_at,omitzero"`
}

// Changes reports whether the update changes anything.
func (r UpdateAccessGrantRequest) Changes() bool {
	return !r.Name.IsZero() || !r.StartsAt.IsZero() || !r.EndsAt.IsZero()
}

// UpdateAccessGrant calls /access_grants/update.
func (c *Client) UpdateAccessGrant(ctx context.Context, req UpdateAccessGrantRequest) error {
	return c.call(ctx, routeUpdateAccessGrant, req, ignoreBody)
}

// DeleteAccessGrant calls /access_grants/delete. A grant already gone is a NotFoundError,
// which a caller may take as success.
func (c *Client) DeleteAccessGrant(ctx context.Context, accessGrantID string) error {
	body := struct {
		AccessGrantID string `json:"access_grant_id"`
	}{accessGrantID}
	return c.call(ctx, routeDeleteAccessGrant, body, ignoreBody)
}
