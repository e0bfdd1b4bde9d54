package standin

import (
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
)

// UserIdentity is a user identity as the stand-in holds it: Seam's fake answers its user
// identity routes with "Not implemented", so the stand-in serves them all. Nil is null.
type UserIdentity struct {
	UserIdentityID  string
	WorkspaceID     string
	CreatedAt       time.Time
	UserIdentityKey *string
	EmailAddress    *string
	PhoneNumber     *string
	FullName        *string
}

var userIdentityNotFound = fail(http.StatusNotFound, "user_identity_not_found", "User identity not found")

// userIdentityFields are the fields a creator sets and an update changes.
var userIdentityFields = []string{"user_identity_key", "email_address", "phone_number", "full_name"}

func (u *UserIdentity) field(name string) **string {
	switch name {
	case "user_identity_key":
		return &u.UserIdentityKey
	case "email_address":
		return &u.EmailAddress
	case "phone_number":
		return &u.PhoneNumber
	}
	return &u.FullName
}

// json is the identity as Seam sends it, every required field of Seam's schema included.
// The display name (never empty, in Seam's schema) is, in the stand-in, the first of the full
// name, email address, phone number and key the identity has, else its ID.
func (u *UserIdentity) json() map[string]any {
	display := u.UserIdentityID
	for _, v := range []*string{u.FullName, u.EmailAddress, u.PhoneNumber, u.UserIdentityKey} {
		if v != nil {
			display = *v
			break
		}
	}
	m := map[string]any{
		"user_identity_id": u.UserIdentityID,
		"workspace_id":     u.WorkspaceID,
		"created_at":       timestamp(u.CreatedAt),
		"display_name":     display,
		"errors":           []any{},
		"warnings":         []any{},
		"acs_user_ids":     []string{},
	}
	for _, name := range userIdentityFields {
		m[name] = nullable(*u.field(name))
	}
	return m
}

func nullable(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

// setFields sets each field p names: a string sets it, null clears it, absence keeps it.
// It refuses a key, email address or phone number that another identity of the workspace has.
func (s *Server) setFields(who caller, u *UserIdentity, p params) *answer {
	for _, name := range userIdentityFields {
		raw, present := p[name]
		if !present {
			continue
		}
		v, isString := raw.(string)
		if isString && name != "full_name" && slices.ContainsFunc(s.identities, func(o *UserIdentity) bool {
			other := *o.field(name)
			return o != u && o.WorkspaceID == who.workspaceID && other != nil && *other == v
		}) {
			a := fail(http.StatusBadRequest, "invalid_input", "Another user identity of the workspace has this "+name)
			return &a
		}
		if isString {
			*u.field(name) = &v
		} else {
			*u.field(name) = nil
		}
	}
	return nil
}

func (s *Server) createUserIdentity(who caller, p params) answer {
	u := &UserIdentity{UserIdentityID: uuid.NewString(), WorkspaceID: who.workspaceID, CreatedAt: time.Now()}
	if refusal := s.setFields(who, u, p); refusal != nil {
		return *refusal
	}
	s.identities = append(s.identities, u)
	return ok(map[string]any{"user_identity": u.json()})
}

// findUserIdentity is the caller's identity with p's user_identity_id or user_identity_key.
func (s *Server) findUserIdentity(who caller, p params) *UserIdentity {
	id, byID := p.str("user_identity_id")
	key, _ := p.str("user_identity_key")
	for _, u := range s.identities {
		switch {
		case u.WorkspaceID != who.workspaceID:
		case byID && u.UserIdentityID == id:
			return u
		case !byID && u.UserIdentityKey != nil && *u.UserIdentityKey == key:
			return u
		}
	}
	return nil
}

func (s *Server) getUserIdentity(who caller, p params) answer {
	u := s.findUserIdentity(who, p)
	if u == nil {
		return userIdentityNotFound
	}
	return ok(map[string]any{"user_identity": u.json()})
}

func (s *Server) updateUserIdentity(who caller, p params) answer {
	u := s.findUserIdentity(who, p)
	if u == nil {
		return userIdentityNotFound
	}
	if refusal := s.setFields(who, u, p); refusal != nil {
		return *refusal
	}
	return ok(map[string]any{})
}

func (s *Server) deleteUserIdentity(who caller, p params) answer {
	u := s.findUserIdentity(who, p)
	if u == nil {
		return userIdentityNotFound
	}
	s.identities = slices.DeleteFunc(s.identities, func(x *UserIdentity) bool { return x == u })
	// Its client sessions go with it (rule identityDeleteTakesSessions).
	s.sessions = slices.DeleteFunc(s.sessions, func(x *Session) bool {
		return x.WorkspaceID == u.WorkspaceID && (x.UserIdentityID != nil && *x.UserIdentityID == u.UserIdentityID ||
			slices.Contains(x.UserIdentityIDs, u.UserIdentityID))
	})
	return ok(map[string]any{})
}

// RemoveUserIdentity deletes an identity behind the provider's back, as another tool would.
func (s *Server) RemoveUserIdentity(userIdentityID string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(s.identities)
	s.identities = slices.DeleteFunc(s.identities, func(x *UserIdentity) bool { return x.UserIdentityID == userIdentityID })
	return len(s.identities) < n
}

// UserIdentityID is the ID of the identity with key, in any workspace, or "".
func (s *Server) UserIdentityID(key string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, u := range s.identities {
		if u.UserIdentityKey != nil && *u.UserIdentityKey == key {
			return u.UserIdentityID
		}
	}
	return ""
}

// listUserIdentities lists the caller's identities, newest first; search matches the full
// name, phone number, email address or ID, in part, as Seam's OpenAPI says (not the key).
func (s *Server) listUserIdentities(who caller, p params) answer {
	search, _ := p.str("search")
	out := []map[string]any{}
	for i := len(s.identities) - 1; i >= 0; i-- {
		u := s.identities[i]
		if u.WorkspaceID != who.workspaceID || (search != "" && !slices.ContainsFunc([]*string{u.FullName, u.PhoneNumber,
			u.EmailAddress, &u.UserIdentityID}, func(v *string) bool { return v != nil && strings.Contains(*v, search) })) {
			continue
		}
		out = append(out, u.json())
	}
	return pageOf("user_identities", out, p, 500)
}

// The rules the routes of this file follow.
const (
	identityKeyUnique           Rule = "a user_identity_key is unique in the workspace"
	identityEmailUnique         Rule = "an email_address is unique in the workspace"
	identityPhoneUnique         Rule = "a phone_number is unique in the workspace"
	identityGetByIDOrKey        Rule = "a user identity is got by user_identity_id or user_identity_key"
	identitySearch              Rule = "search matches full_name, phone_number, email_address or user_identity_id in part"
	identityUpdateSelectsByID   Rule = "an update selects the identity by user_identity_id"
	identityUpdateSetsKey       Rule = "an update sets user_identity_key, as it sets the other fields"
	identityDeleteTakesSessions Rule = "deleting a user identity deletes its client sessions"
)

// Each rule's entry in the ledger: the sentence of Seam's it rests on, or what it assumes.
func init() {
	record(map[Rule]Source{
		identityKeyUnique:    {Path: "/user_identities/create", Says: "Unique key for the new user identity."},
		identityEmailUnique:  {Path: "/user_identities/create", Says: "Unique email address for the new user identity."},
		identityPhoneUnique:  {Path: "/user_identities/create", Says: "Unique phone number for the new user identity"},
		identityGetByIDOrKey: {Path: "/user_identities/get", Says: "ID of the user identity that you want to get."},
		identitySearch: {Path: "/user_identities/list",
			Says: "Filters returned user identities to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address` or `user_identity_id`."},
		identityUpdateSelectsByID: {Path: "/user_identities/update", Says: "ID of the user identity that you want to update."},
		identityUpdateSetsKey:     {Path: "/user_identities/update", Says: "Unique key for the user identity."},
		identityDeleteTakesSessions: {Path: "/user_identities/delete",
			Says: "This deletes the user identity and all associated resources, including any [credentials](https://docs.seam.co/api/acs/credentials), [acs users](https://docs.seam.co/api/acs/users) and [client sessions](https://docs.seam.co/api/client_sessions)."},
	})
}

// The routes this file serves, by path, and the rules each follows.
func init() {
	serve(map[string]servedRoute{
		"/user_identities/create": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
			return s.createUserIdentity(who, p)
		}, rules: []Rule{workspaceScoped, identityKeyUnique, identityEmailUnique, identityPhoneUnique}},
		"/user_identities/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.getUserIdentity(who, p) },
			rules: []Rule{workspaceScoped, identityGetByIDOrKey}},
		"/user_identities/list": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
			return s.listUserIdentities(who, p)
		}, rules: []Rule{workspaceScoped, identitySearch, newestFirst, pagesOfLimit}},
		"/user_identities/update": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
			return s.updateUserIdentity(who, p)
		}, rules: []Rule{workspaceScoped, identityUpdateSelectsByID, identityUpdateSetsKey, identityKeyUnique, identityEmailUnique,
			identityPhoneUnique}},
		"/user_identities/delete": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
			return s.deleteUserIdentity(who, p)
		}, rules: []Rule{workspaceScoped, identityDeleteTakesSessions}},
	})
}
