package standin

import (
	"crypto/rand"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"time"

	"github.com/google/uuid"
)

// AccessGrant is an access grant as the stand-in holds it: Seam's fake has no
// /access_grants/* or /access_methods/* routes. Creating one creates its access methods: a
// PIN code (the one asked for, or a generated one), a mobile key with its client session and
// instant key URL, or a card or cloud key, which stays unissued.
type AccessGrant struct {
	AccessGrantID  string
	WorkspaceID    string
	UserIdentityID string
	SpaceIDs       []string
	Name           *string
	AccessGrantKey *string
	CreatedAt      time.Time
	StartsAt       time.Time
	EndsAt         *time.Time
	Requested      []requestedMethod
	// ClientSessionToken and InstantKeyURL are the mobile key's, when it has one.
	ClientSessionToken, InstantKeyURL *string
}

type requestedMethod struct {
	mode, code string
	createdAt  time.Time
	methodID   string
}

// AccessMethod is one access method of a grant.
type AccessMethod struct {
	AccessMethodID string
	WorkspaceID    string
	AccessGrantID  string
	Mode           string
	Code           *string
	CreatedAt      time.Time
	IssuedAt       *time.Time
	// SessionToken and InstantKeyURL are a mobile key's.
	SessionToken, InstantKeyURL *string
}

var (
	accessGrantNotFound  = fail(http.StatusNotFound, "access_grant_not_found", "Access grant not found")
	accessMethodNotFound = fail(http.StatusNotFound, "access_method_not_found", "Access method not found")
)

var modeNames = map[string]string{"code": "PIN Code", "card": "Card", "mobile_key": "Mobile Key", "cloud_key": "Cloud Key"}

func (g *AccessGrant) json() map[string]any {
	requested := make([]map[string]any, len(g.Requested))
	ids := make([]string, len(g.Requested))
	for i, m := range g.Requested {
		requested[i] = map[string]any{"mode": m.mode, "display_name": modeNames[m.mode], "created_at": timestamp(m.createdAt),
			"created_access_method_ids": []string{m.methodID}}
		if m.code != "" {
			requested[i]["code"] = m.code
		}
		ids[i] = m.methodID
	}
	display := "Access Grant"
	if g.Name != nil {
		display = *g.Name
	}
	out := map[string]any{
		"access_grant_id": g.AccessGrantID, "workspace_id": g.WorkspaceID, "user_identity_id": g.UserIdentityID,
		"location_ids": g.SpaceIDs, "space_ids": g.SpaceIDs, "requested_access_methods": requested, "access_method_ids": ids,
		"name": nullable(g.Name), "display_name": display, "created_at": timestamp(g.CreatedAt), "starts_at": timestamp(g.StartsAt),
		"ends_at": nil, "warnings": []any{}, "errors": []any{}, "pending_mutations": []any{},
	}
	if g.EndsAt != nil {
		out["ends_at"] = timestamp(*g.EndsAt)
	}
	for name, v := range map[string]*string{"access_grant_key": g.AccessGrantKey, "client_session_token": g.ClientSessionToken,
		"instant_key_url": g.InstantKeyURL} {
		if v != nil {
			out[name] = *v
		}
	}
	return out
}

func (m *AccessMethod) json() map[string]any {
	out := map[string]any{
		"access_method_id": m.AccessMethodID, "workspace_id": m.WorkspaceID, "mode": m.Mode, "display_name": modeNames[m.Mode],
		"created_at": timestamp(m.CreatedAt), "issued_at": nil, "is_issued": m.IssuedAt != nil, "code": nullable(m.Code),
		"warnings": []any{}, "errors": []any{}, "pending_mutations": []any{},
	}
	if m.IssuedAt != nil {
		out["issued_at"] = timestamp(*m.IssuedAt)
	}
	if m.SessionToken != nil {
		out["client_session_token"], out["instant_key_url"] = *m.SessionToken, *m.InstantKeyURL
	}
	return out
}

// pin is a PIN code of six digits, as Seam generates when none is asked for.
func pin() string {
	n, err := rand.Int(rand.Reader, big.NewInt(1_000_000))
	if err != nil {
		panic(err)
	}
	return fmt.Sprintf("%06d", n.Int64())
}

func (s *Server) createAccessGrant(who caller, r *http.Request, p params) answer {
	identity, _ := p.str("user_identity_id")
	if !slices.ContainsFunc(s.identities, func(u *UserIdentity) bool { return u.WorkspaceID == who.workspaceID && u.UserIdentityID == identity }) {
		return userIdentityNotFound
	}
	spaceIDs := p.strs("space_ids")
	for _, id := range spaceIDs {
		if s.findSpace(who, params{"space_id": id}) == nil {
			return spaceNotFound
		}
	}
	if _, refused := s.spaceDevices(r, p); refused != nil {
		return *refused
	}
	now := time.Now()
	g := &AccessGrant{AccessGrantID: uuid.NewString(), WorkspaceID: who.workspaceID, UserIdentityID: identity, SpaceIDs: spaceIDs,
		CreatedAt: now, StartsAt: now}
	if g.SpaceIDs == nil {
		g.SpaceIDs = []string{}
	}
	if key, ok := p.str("access_grant_key"); ok {
		if slices.ContainsFunc(s.grants, func(x *AccessGrant) bool {
			return x.WorkspaceID == who.workspaceID && x.AccessGrantKey != nil && *x.AccessGrantKey == key
		}) {
			return fail(http.StatusBadRequest, "invalid_input", "access_grant_key is already in use")
		}
		g.AccessGrantKey = &key
	}
	if name, ok := p.str("name"); ok {
		g.Name = &name
	}
	if refusal := setTimes(g, p); refusal != nil {
		return *refusal
	}
	raw, _ := p["requested_access_methods"].([]any)
	mobileKeys := 0
	for _, item := range raw {
		asked, _ := item.(map[string]any)
		mode, _ := asked["mode"].(string)
		if _, coded := asked["code"]; coded && mode != "code" {
			return fail(http.StatusBadRequest, "invalid_input", "code is only applicable when mode is 'code'")
		}
		if mode == "mobile_key" {
			mobileKeys++
		}
	}
	for _, item := range raw {
		asked, _ := item.(map[string]any)
		mode, _ := asked["mode"].(string)
		code, _ := asked["code"].(string)
		s.addAccessMethod(g, mode, code, now)
	}
	if mobileKeys > 1 {
		// Seam's grant holds an Instant Key URL only for a single mobile key.
		g.InstantKeyURL = nil
	}
	s.grants = append(s.grants, g)
	return ok(map[string]any{"access_grant": g.json()})
}

// addAccessMethod makes the method a grant asked for; s.mu must be held.
func (s *Server) addAccessMethod(g *AccessGrant, mode, code string, now time.Time) {
	m := &AccessMethod{AccessMethodID: uuid.NewString(), WorkspaceID: g.WorkspaceID, AccessGrantID: g.AccessGrantID, Mode: mode, CreatedAt: now}
	requested := requestedMethod{mode: mode, code: code, createdAt: now, methodID: m.AccessMethodID}
	switch mode {
	case "code":
		if code == "" {
			code = pin()
		}
		m.Code, m.IssuedAt = &code, &now
	case "mobile_key":
		session := newSession(g.WorkspaceID, now)
		session.UserIdentityID = &g.UserIdentityID
		s.sessions = append(s.sessions, session)
		url := "https://ik.seam.co/" + randomHex(16)
		m.SessionToken, m.InstantKeyURL, m.IssuedAt = &session.Token, &url, &now
		g.ClientSessionToken, g.InstantKeyURL = &session.Token, &url
	}
	g.Requested = append(g.Requested, requested)
	s.methods = append(s.methods, m)
}

// setTimes sets starts_at and ends_at from p (rule grantEndsInFuture): an ends_at sent must be
// in the future, and whatever is sent must leave the grant ending after it starts. Times not
// sent are not judged: an ended grant can still be renamed.
func setTimes(g *AccessGrant, p params) *answer {
	_, sentStart := p["starts_at"]
	rawEnd, sentEnd := p["ends_at"]
	for name, set := range map[string]func(time.Time){
		"starts_at": func(t time.Time) { g.StartsAt = t },
		"ends_at":   func(t time.Time) { g.EndsAt = &t },
	} {
		v, ok := p.str(name)
		if !ok {
			continue
		}
		t, err := time.Parse(time.RFC3339Nano, v)
		if err != nil {
			a := fail(http.StatusBadRequest, "invalid_input", name+" is not a date-time")
			return &a
		}
		set(t.Truncate(time.Millisecond))
	}
	if sentEnd && rawEnd == nil {
		g.EndsAt = nil
	}
	switch {
	case sentEnd && g.EndsAt != nil && g.EndsAt.Before(time.Now()):
		a := fail(http.StatusBadRequest, "invalid_input", "ends_at must be in the future and after starts_at")
		return &a
	case (sentStart || sentEnd) && g.EndsAt != nil && !g.EndsAt.After(g.StartsAt):
		a := fail(http.StatusBadRequest, "invalid_input", "ends_at must be after starts_at")
		return &a
	}
	return nil
}

func (s *Server) findGrant(who caller, p params) *AccessGrant {
	id, hasID := p.str("access_grant_id")
	key, hasKey := p.str("access_grant_key")
	for _, g := range s.grants {
		if g.WorkspaceID == who.workspaceID && (hasID && g.AccessGrantID == id || !hasID && hasKey && g.AccessGrantKey != nil && *g.AccessGrantKey == key) {
			return g
		}
	}
	return nil
}

func (s *Server) getAccessGrant(who caller, p params) answer {
	g := s.findGrant(who, p)
	if g == nil {
		return accessGrantNotFound
	}
	return ok(map[string]any{"access_grant": g.json()})
}

func (s *Server) listAccessGrants(who caller, p params) answer {
	identity, byIdentity := p.str("user_identity_id")
	space, bySpace := p.str("space_id")
	key, byKey := p.str("access_grant_key")
	out := []map[string]any{}
	for _, g := range s.grants {
		if g.WorkspaceID != who.workspaceID || byIdentity && g.UserIdentityID != identity || bySpace && !slices.Contains(g.SpaceIDs, space) ||
			byKey && (g.AccessGrantKey == nil || *g.AccessGrantKey != key) {
			continue
		}
		out = append(out, g.json())
	}
	return pageOf("access_grants", out, p, 500)
}

// updateAccessGrant sets the name and times the request names; Seam answers {ok}. The
// access_grant_key selects, as access_grant_id does (rule grantUpdateKeySelects).
func (s *Server) updateAccessGrant(who caller, p params) answer {
	g := s.findGrant(who, p)
	if g == nil {
		return accessGrantNotFound
	}
	if key, ok := p.str("access_grant_key"); ok && (g.AccessGrantKey == nil || *g.AccessGrantKey != key) {
		return disagree("access_grant_id", "access_grant_key", "access grant")
	}
	updated := *g
	if refusal := setTimes(&updated, p); refusal != nil {
		return *refusal
	}
	if raw, present := p["name"]; present {
		updated.Name = nil
		if name, ok := raw.(string); ok {
			updated.Name = &name
		}
	}
	*g = updated
	return ok(map[string]any{})
}

func (s *Server) deleteAccessGrant(who caller, p params) answer {
	g := s.findGrant(who, p)
	if g == nil {
		return accessGrantNotFound
	}
	s.grants = slices.DeleteFunc(s.grants, func(x *AccessGrant) bool { return x == g })
	s.methods = slices.DeleteFunc(s.methods, func(m *AccessMethod) bool { return m.AccessGrantID == g.AccessGrantID })
	if g.ClientSessionToken != nil {
		s.sessions = slices.DeleteFunc(s.sessions, func(x *Session) bool { return x.Token == *g.ClientSessionToken })
	}
	return ok(map[string]any{})
}

// listAccessMethods lists the caller's access methods, of one grant when the request names
// it (rule methodsOfGrant: "usually filtered by Access Grant"), else all.
func (s *Server) listAccessMethods(who caller, p params) answer {
	grant, byGrant := p.str("access_grant_id")
	out := []map[string]any{}
	for _, m := range s.methods {
		if m.WorkspaceID == who.workspaceID && (!byGrant || m.AccessGrantID == grant) {
			out = append(out, m.json())
		}
	}
	return ok(map[string]any{"access_methods": out})
}

func (s *Server) getAccessMethod(who caller, p params) answer {
	id, _ := p.str("access_method_id")
	for _, m := range s.methods {
		if m.WorkspaceID == who.workspaceID && m.AccessMethodID == id {
			return ok(map[string]any{"access_method": m.json()})
		}
	}
	return accessMethodNotFound
}

// AccessSecrets are the credentials of the stand-in's access grants: PIN codes, mobile keys'
// client session tokens and instant key URLs. What must never be printed.
func (s *Server) AccessSecrets() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, m := range s.methods {
		for _, v := range []*string{m.Code, m.SessionToken, m.InstantKeyURL} {
			if v != nil {
				out = append(out, *v)
			}
		}
	}
	return out
}

// The rules the routes of this file follow.
const (
	grantIdentityExists         Rule = "a grant's user identity must exist"
	grantSpacesExist            Rule = "a grant's spaces must exist"
	grantKeyUnique              Rule = "an access_grant_key is unique in the workspace"
	grantEndsInFuture           Rule = "ends_at must be in the future and after starts_at"
	grantStartsNow              Rule = "a grant without starts_at starts when it is made"
	grantRequestedCode          Rule = "a requested code is the PIN code of the grant's code method"
	grantCodeOnlyForCodeMode    Rule = "a requested code is refused on a method that is not code"
	grantGeneratedCode          Rule = "a code method without a requested code gets a generated PIN of six digits"
	grantMobileKey              Rule = "a mobile key gets a client session for the person, whose token the grant and method hold"
	grantInstantKeyURL          Rule = "a mobile key gets an Instant Key URL"
	grantUnissuedModes          Rule = "card and cloud key methods stay unissued"
	grantDisplayName            Rule = "a grant without a name gets a display name"
	grantKeepsNoDevices         Rule = "a grant keeps no device_ids and makes no space for them"
	grantGetByIDOrKey           Rule = "a grant is got by access_grant_id or access_grant_key"
	grantListFilters            Rule = "grants are listed by user_identity_id, space_id or access_grant_key"
	grantUpdateKeySelects       Rule = "an update's access_grant_key selects the grant; no route changes a key"
	grantUpdateSetsTimesAndName Rule = "an update sets the name, starts_at and ends_at it names, null clearing"
	grantDeleteTakesMethods     Rule = "deleting a grant deletes its access methods and its mobile key's session"
	methodsOfGrant              Rule = "access methods are listed by access grant"
	methodCode                  Rule = "a code method holds its PIN code"
)

// Each rule's entry in the ledger: the sentence of Seam's it rests on, or what it assumes.
func init() {
	record(map[Rule]Source{
		grantIdentityExists: {Path: "/access_grants/create", Says: "ID of user identity for whom access is being granted."},
		grantSpacesExist:    {Path: "/access_grants/create", Says: "Set of IDs of existing spaces to which access is being granted."},
		grantKeyUnique:      {Path: "/access_grants/create", Says: "Unique key for the access grant within the workspace."},
		grantEndsInFuture:   {Path: "/access_grants/update", Says: "Must be a time in the future and after `starts_at`."},
		grantStartsNow: {Path: "/access_grants/create", Assumed: "the OpenAPI gives starts_at no default; a grant starts when " +
			"it is made"},
		grantRequestedCode:       {Path: "/access_grants/create", Says: "Specific PIN code to use for this access method."},
		grantCodeOnlyForCodeMode: {Path: "/access_grants/create", Says: "Only applicable when mode is 'code'."},
		grantGeneratedCode: {Path: "/access_grants/create", Assumed: "the OpenAPI does not say how Seam makes a PIN code it is " +
			"not given; six digits, within the 4 to 9 a requested code may have"},
		grantMobileKey: {Path: "/access_grants/get",
			Says: "Client Session Token. Only returned if the Access Grant has a mobile_key access method."},
		grantInstantKeyURL: {Path: "/access_grants/get",
			Says: "Instant Key URL. Only returned if the Access Grant has a single mobile_key access_method."},
		grantUnissuedModes: {Path: "/access_methods/get", Says: "Indicates whether the access method has been issued.",
			Assumed: "cards need encoding and cloud keys an app: the stand-in issues neither"},
		grantDisplayName: {Path: "/access_grants/get",
			Says: "Name of the Access Grant. If not provided, the display name will be computed."},
		grantKeepsNoDevices: {Path: "/access_grants/get", Assumed: "Seam's access_grant schema has space_ids and no device_ids; " +
			"the documents do not say whether Seam makes a space for a grant's devices, and the stand-in makes none"},
		grantGetByIDOrKey:     {Path: "/access_grants/get", Says: "Unique key of Access Grant to get."},
		grantListFilters:      {Path: "/access_grants/list", Says: "Filter Access Grants by access_grant_key."},
		grantUpdateKeySelects: {Path: "/access_grants/update", Says: "Key of the Access Grant to update."},
		grantUpdateSetsTimesAndName: {Path: "/access_grants/update",
			Says: "Updates an existing Access Grant's time window."},
		grantDeleteTakesMethods: {Path: "/access_grants/delete", Says: "Delete an Access Grant.",
			Assumed: "that its access methods and the mobile key's client session go with it is not stated"},
		methodsOfGrant: {Path: "/access_methods/list", Says: "Lists all access methods, usually filtered by Access Grant."},
		methodCode:     {Path: "/access_methods/get", Says: "The actual PIN code for code access methods."},
	})
}

// The routes this file serves, by path, and the rules each follows.
func init() {
	serve(map[string]servedRoute{
		"/access_grants/create": {serve: func(s *Server, who caller, r *http.Request, p params) answer {
			return s.createAccessGrant(who, r, p)
		}, rules: []Rule{workspaceScoped, grantIdentityExists, grantSpacesExist, spaceDevicesOfWorkspace, grantKeyUnique, grantEndsInFuture,
			timesToTheMillisecond, grantStartsNow, grantRequestedCode, grantCodeOnlyForCodeMode, grantGeneratedCode, grantMobileKey, grantInstantKeyURL,
			grantUnissuedModes, grantDisplayName, grantKeepsNoDevices}},
		"/access_grants/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.getAccessGrant(who, p) },
			rules: []Rule{workspaceScoped, grantGetByIDOrKey}},
		"/access_grants/list": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.listAccessGrants(who, p) },
			rules: []Rule{workspaceScoped, grantListFilters, oldestFirst, pagesOfLimit}},
		"/access_grants/update": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
			return s.updateAccessGrant(who, p)
		}, rules: []Rule{workspaceScoped, grantUpdateKeySelects, selectorsAgree, grantUpdateSetsTimesAndName, grantEndsInFuture,
			timesToTheMillisecond}},
		"/access_grants/delete": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
			return s.deleteAccessGrant(who, p)
		}, rules: []Rule{workspaceScoped, grantDeleteTakesMethods}},
		"/access_methods/list": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
			return s.listAccessMethods(who, p)
		}, rules: []Rule{workspaceScoped, methodsOfGrant, methodCode}},
		"/access_methods/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.getAccessMethod(who, p) },
			rules: []Rule{workspaceScoped, methodCode}},
	})
}
