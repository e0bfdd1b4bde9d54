package standin

import (
	"slices"
	"strings"
)

// Inventory is what the stand-in holds in one workspace, by kind of object: their Seam IDs.
type Inventory map[string][]string

// Inventory lists the objects of workspaceID, by kind ("client_session", "user_identity",
// "connect_webview", "webhook", "space", "access_grant", "noise_threshold", "climate_preset"),
// each kind's IDs sorted: what the tests count a run's objects with. A device's own noise
// thresholds and climate presets, which no one made, are not counted; a climate preset's ID is
// its device's and its key, "device_id/climate_preset_key".
func (s *Server) Inventory(workspaceID string) Inventory {
	s.mu.Lock()
	defer s.mu.Unlock()
	inv := Inventory{}
	add := func(kind, ws, id string) {
		if ws == workspaceID {
			inv[kind] = append(inv[kind], id)
		}
	}
	for _, x := range s.sessions {
		add("client_session", x.WorkspaceID, x.ClientSessionID)
	}
	for _, x := range s.identities {
		add("user_identity", x.WorkspaceID, x.UserIdentityID)
	}
	for _, x := range s.webviews {
		add("connect_webview", x.WorkspaceID, x.ConnectWebviewID)
	}
	for _, x := range s.webhooks {
		add("webhook", x.WorkspaceID, x.WebhookID)
	}
	for _, x := range s.spaces {
		add("space", x.WorkspaceID, x.SpaceID)
	}
	for _, x := range s.grants {
		add("access_grant", x.WorkspaceID, x.AccessGrantID)
	}
	for _, x := range s.thresholds {
		if !x.Shipped {
			id, _ := x.JSON["noise_threshold_id"].(string)
			add("noise_threshold", x.WorkspaceID, id)
		}
	}
	for key, t := range s.thermostats {
		ws, deviceID, _ := strings.Cut(key, "/")
		for presetKey := range t.made {
			add("climate_preset", ws, deviceID+"/"+presetKey)
		}
	}
	for _, ids := range inv {
		slices.Sort(ids)
	}
	return inv
}

// Total is how many objects the inventory holds.
func (inv Inventory) Total() int {
	n := 0
	for _, ids := range inv {
		n += len(ids)
	}
	return n
}
