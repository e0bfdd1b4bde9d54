package standin_test

import (
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// Seam's keys select (rules spaceUpdateKeySelects, grantUpdateKeySelects): an update by key
// changes the object under it and never the key; given an ID and a key of two objects, it is
// refused (selectorsAgree), and neither changes.
func TestAccStandIn_anUpdatesKeySelectsAndNeverChanges(t *testing.T) {
	srv := standin.Start(t, acctest.SharedFake(t).URL)
	identity := str(object(call(t, srv, workspace1, "/user_identities/create", map[string]any{"user_identity_key": "crew"}), "user_identity"),
		"user_identity_id")
	space := func(key string) string {
		return str(object(call(t, srv, workspace1, "/spaces/create", map[string]any{"name": key, "space_key": key}), "space"), "space_id")
	}
	grant := func(key, spaceID string) string {
		return str(object(call(t, srv, workspace1, "/access_grants/create", map[string]any{"user_identity_id": identity,
			"space_ids": []string{spaceID}, "access_grant_key": key, "requested_access_methods": []map[string]any{{"mode": "card"}}}),
			"access_grant"), "access_grant_id")
	}
	north, south := space("north"), space("south")
	gNorth, gSouth := grant("g_north", north), grant("g_south", south)
	for _, c := range []struct {
		name, path, getPath, objectKey  string
		update                          map[string]any
		status                          int
		id, keyField, wantKey, wantName string
	}{
		{"a space by key", "/spaces/update", "/spaces/get", "space", map[string]any{"space_key": "north", "name": "North wing"}, 200,
			north, "space_key", "north", "North wing"},
		{"a space by the ID and key of two", "/spaces/update", "/spaces/get", "space",
			map[string]any{"space_id": south, "space_key": "north", "name": "Mixed"}, 400, south, "space_key", "south", "south"},
		{"a grant by key", "/access_grants/update", "/access_grants/get", "access_grant",
			map[string]any{"access_grant_key": "g_north", "name": "Night crew"}, 200, gNorth, "access_grant_key", "g_north", "Night crew"},
		{"a grant by the ID and key of two", "/access_grants/update", "/access_grants/get", "access_grant",
			map[string]any{"access_grant_id": gSouth, "access_grant_key": "g_north", "name": "Mixed"}, 400, gSouth, "access_grant_key",
			"g_south", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if r := call(t, srv, workspace1, c.path, c.update); r.status != c.status {
				t.Fatalf("update: HTTP %d %v, want %d", r.status, r.body, c.status)
			}
			idField := c.objectKey + "_id"
			got := object(call(t, srv, workspace1, c.getPath, map[string]any{idField: c.id}), c.objectKey)
			if str(got, c.keyField) != c.wantKey || got["name"] != nil && str(got, "name") != c.wantName || got["name"] == nil && c.wantName != "" {
				t.Errorf("after the update: %s %q, name %v; want %q, %q", c.keyField, str(got, c.keyField), got["name"], c.wantKey, c.wantName)
			}
		})
	}
}
