package standin

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// discovered is a device or a connected account of the stand-in's own, as Seam sends it.
type discovered struct {
	workspaceID string
	json        map[string]any
}

// clone is a deep copy of a JSON object.
func clone(m map[string]any) map[string]any {
	b, _ := json.Marshal(m)
	var out map[string]any
	_ = json.Unmarshal(b, &out)
	return out
}

// Kinds are the kinds of object Seed makes, as Inventory names them.
var Kinds = []string{"client_session", "user_identity", "connect_webview", "webhook", "space", "access_grant", "device", "connected_account"}

// Seed fills workspaceID with n objects of kind (one of Kinds), as their creators (or, for
// devices and connected accounts, Seam's discovery) would have made them: fleets of thousands,
// for the benchmarks and tests of lists at scale. A grant opens a space seeded with it, for a
// user identity seeded with it; devices and accounts are copies of the fake's first, each with
// an ID and a name of its own.
func (s *Server) Seed(ctx context.Context, workspaceID, kind string, n int) error {
	var template map[string]any
	switch kind {
	case "device", "connected_account":
		var err error
		if template, err = s.fakesFirst(ctx, workspaceID, kind); err != nil {
			return err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	var person *UserIdentity
	var place *Space
	for i := range n {
		name := fmt.Sprintf("Seeded %s %05d", kind, i)
		switch kind {
		case "client_session":
			session := newSession(workspaceID, now)
			key := fmt.Sprintf("seeded_user_%05d", i)
			session.UserIdentifierKey = &key
			s.sessions = append(s.sessions, session)
		case "user_identity":
			key, email := fmt.Sprintf("seeded_identity_%05d", i), fmt.Sprintf("seeded_%05d@example.com", i)
			s.identities = append(s.identities, &UserIdentity{UserIdentityID: uuid.NewString(), WorkspaceID: workspaceID, CreatedAt: now,
				UserIdentityKey: &key, EmailAddress: &email, FullName: &name})
		case "connect_webview":
			w := newWebview(workspaceID)
			customer := fmt.Sprintf("seeded_customer_%05d", i)
			w.CustomerKey = &customer
			s.webviews = append(s.webviews, w)
		case "webhook":
			s.webhooks = append(s.webhooks, &Webhook{WebhookID: uuid.NewString(), WorkspaceID: workspaceID,
				URL: fmt.Sprintf("https://seeded-%05d.example.com/events", i), EventTypes: []string{"device.connected"}, Secret: "whsec_" + randomHex(16)})
		case "space":
			key := fmt.Sprintf("seeded_space_%05d", i)
			s.spaces = append(s.spaces, &Space{SpaceID: uuid.NewString(), WorkspaceID: workspaceID, Name: name, SpaceKey: &key, CreatedAt: now,
				DeviceIDs: []string{}, AcsEntranceIDs: []string{}})
		case "access_grant":
			if person == nil {
				key := "seeded_grantee"
				person = &UserIdentity{UserIdentityID: uuid.NewString(), WorkspaceID: workspaceID, CreatedAt: now, UserIdentityKey: &key}
				place = &Space{SpaceID: uuid.NewString(), WorkspaceID: workspaceID, Name: "Seeded lobby", CreatedAt: now, DeviceIDs: []string{},
					AcsEntranceIDs: []string{}}
				s.identities, s.spaces = append(s.identities, person), append(s.spaces, place)
			}
			key := fmt.Sprintf("seeded_grant_%05d", i)
			g := &AccessGrant{AccessGrantID: uuid.NewString(), WorkspaceID: workspaceID, UserIdentityID: person.UserIdentityID,
				SpaceIDs: []string{place.SpaceID}, Name: &name, AccessGrantKey: &key, CreatedAt: now, StartsAt: now}
			s.addAccessMethod(g, "code", "", now)
			s.grants = append(s.grants, g)
		case "device":
			d := clone(template)
			d["device_id"], d["display_name"], d["nickname"] = uuid.NewString(), name, name
			s.devices = append(s.devices, discovered{workspaceID: workspaceID, json: d})
		case "connected_account":
			a := withReport(clone(template))
			a["connected_account_id"], a["display_name"] = uuid.NewString(), name
			s.accounts = append(s.accounts, discovered{workspaceID: workspaceID, json: a})
		default:
			return fmt.Errorf("stand-in: no kind %q to seed (one of %v)", kind, Kinds)
		}
	}
	return nil
}

// SeedDevices adds n devices of deviceType to workspaceID, copies of the fake's first of that
// type, each with an ID and a name of its own: more noise sensors or thermostats than the fake's
// one. It returns their IDs.
func (s *Server) SeedDevices(ctx context.Context, workspaceID, deviceType string, n int) ([]string, error) {
	template, err := s.fakesFirstOf(ctx, workspaceID, "device", params{"device_type": deviceType})
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ids := make([]string, n)
	for i := range n {
		d := clone(template)
		name := fmt.Sprintf("Seeded %s %05d", deviceType, i)
		ids[i] = uuid.NewString()
		d["device_id"], d["display_name"], d["nickname"] = ids[i], name, name
		s.devices = append(s.devices, discovered{workspaceID: workspaceID, json: d})
	}
	return ids, nil
}

// fakesFirst is the first device or connected account of workspaceID on Seam's fake.
func (s *Server) fakesFirst(ctx context.Context, workspaceID, kind string) (map[string]any, error) {
	return s.fakesFirstOf(ctx, workspaceID, kind, params{})
}

// fakesFirstOf is the first device or connected account of workspaceID on Seam's fake that
// the list's filters select.
func (s *Server) fakesFirstOf(ctx context.Context, workspaceID, kind string, filters params) (map[string]any, error) {
	key, err := s.authority.apiKeyOf(ctx, workspaceID)
	if err != nil {
		return nil, err
	}
	r, err := http.NewRequestWithContext(ctx, http.MethodPost, s.authority.fakeURL, nil)
	if err != nil {
		return nil, err
	}
	r.Header.Set("Authorization", "Bearer "+key)
	status, out, err := s.askFake(ctx, r, "/"+kind+"s/list", filters)
	if err != nil {
		return nil, err
	}
	items, _ := out[kind+"s"].([]any)
	if status != http.StatusOK || len(items) == 0 {
		return nil, fmt.Errorf("stand-in: the fake has no %s %v in workspace %s to copy (HTTP %d)", kind, filters, workspaceID, status)
	}
	first, _ := items[0].(map[string]any)
	return first, nil
}
