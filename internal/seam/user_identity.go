package seam

import (
	"context"
	"time"
)

// UserIdentity is Seam's user_identity object: one end user of the workspace's app.
// Nullable fields are nil when null.
type UserIdentity struct {
	UserIdentityID  string    `json:"user_identity_id"`
	UserIdentityKey *string   `json:"user_identity_key"`
	EmailAddress    *string   `json:"email_address"`
	PhoneNumber     *string   `json:"phone_number"`
	DisplayName     string    `json:"display_name"`
	FullName        *string   `json:"full_name"`
	CreatedAt       time.Time `json:"created_at"`
	WorkspaceID     string    `json:"workspace_id"`
	AcsUserIDs      []string  `json:"acs_user_ids"`
}

func (u *UserIdentity) missingField() string {
	switch {
	case u.UserIdentityID == "":
		return "user_identity_id"
	case u.WorkspaceID == "":
		return "workspace_id"
	case u.CreatedAt.IsZero():
		return "created_at"
	}
	return ""
}

var (
	userIdentity            = object{"user identity", "user identities", "user_identity_not_found", "user_identity_key_already_in_use"}
	routeCreateUserIdentity = declare(route{"/user_identities/create", onlyIfNotSent, workspaceKeys, userIdentity})
	routeGetUserIdentity    = declare(route{"/user_identities/get", safeToRepeat, workspaceKeys, userIdentity})
	routeUpdateUserIdentity = declare(route{"/user_identities/update", safeToRepeat, workspaceKeys, userIdentity})
	routeListUserIdentities = declare(route{"/user_identities/list", safeToRepeat, anyCredential, userIdentity})
	routeDeleteUserIdentity = declare(route{"/user_identities/delete", safeToRepeat, workspaceKeys, userIdentity})
)

// UserIdentityFields are the fields a user identity's creator sets; nil fields are left out.
type UserIdentityFields struct {
	UserIdentityKey *string `json:"user_identity_key"`
	EmailAddress    *string `json:"email_address"`
	PhoneNumber     *string `json:"phone_number"`
	FullName        *string `json:"full_name"`
}

// UserIdentityChanges are what an update of a user identity changes: unset fields are left
// out, cleared ones sent as null. Unlike a space's or an access grant's key, Seam's
// user_identity_key is a value /user_identities/update sets: user_identity_id selects.
type UserIdentityChanges struct {
	UserIdentityKey Change[string] `json:"user_identity_key,omitzero"`
	EmailAddress    Change[string] `json:"email_address,omitzero"`
	PhoneNumber     Change[string] `json:"phone_number,omitzero"`
	FullName        Change[string] `json:"full_name,omitzero"`
}

// UserIdentityLookup names the user identity to get: by ID or by key.
type UserIdentityLookup struct {
	UserIdentityID  string `json:"user_identity_id,omitempty"`
	UserIdentityKey string `json:"user_identity_key,omitempty"`
}

// CreateUserIdentity calls /user_identities/create. Like every create, it is retried only
// when Seam provably did not receive it.
func (c *Client) CreateUserIdentity(ctx context.Context, f UserIdentityFields) (*UserIdentity, error) {
	body := struct {
		UserIdentityKey *string `json:"user_identity_key,omitempty"`
		EmailAddress    *string `json:"email_address,omitempty"`
		PhoneNumber     *string `json:"phone_number,omitempty"`
		FullName        *string `json:"full_name,omitempty"`
	}(f)
	return callFor[UserIdentity](ctx, c, routeCreateUserIdentity, body, "user_identity")
}

// GetUserIdentity calls /user_identities/get.
func (c *Client) GetUserIdentity(ctx context.Context, lookup UserIdentityLookup) (*UserIdentity, error) {
	return callFor[UserIdentity](ctx, c, routeGetUserIdentity, lookup, "user_identity")
}

// UpdateUserIdentity calls /user_identities/update with what changes. It sets values, so
// repeating it sets the same: it is retried like a read. Seam answers with no object; the
// caller reads the identity back.
func (c *Client) UpdateUserIdentity(ctx context.Context, userIdentityID string, f UserIdentityChanges) error {
	body := struct {
		UserIdentityID string `json:"user_identity_id"`
		UserIdentityChanges
	}{userIdentityID, f}
	return c.call(ctx, routeUpdateUserIdentity, body, ignoreBody)
}

// DeleteUserIdentity calls /user_identities/delete. An identity already gone is a
// NotFoundError, which a caller may take as success.
func (c *Client) DeleteUserIdentity(ctx context.Context, userIdentityID string) error {
	body := struct {
		UserIdentityID string `json:"user_identity_id"`
	}{userIdentityID}
	return c.call(ctx, routeDeleteUserIdentity, body, ignoreBody)
}

// UserIdentityFilter is the body of /user_identities/list; empty fields do not filter.
type UserIdentityFilter struct {
	Search string `json:"search,omitempty"`
}

// ListUserIdentities calls /user_identities/list, every page.
func (c *Client) ListUserIdentities(ctx context.Context, f UserIdentityFilter) ([]UserIdentity, error) {
	return listAll[UserIdentity](ctx, c, routeListUserIdentities, f, "user_identities")
}
