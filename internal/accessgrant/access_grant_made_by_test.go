package accessgrant

import (
	"testing"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// A lost create adopts a grant only if it holds what the create asked for: the same person,
// access methods, spaces, name, key and end, an end written with another offset being the
// same instant.
func TestMadeBy_theGrantMustHoldWhatTheCreateAskedFor(t *testing.T) {
	ends := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	sameEndElsewhere := ends.In(time.FixedZone("EST", -5*3600))
	later := ends.Add(time.Hour)
	name, key := "Cleaning", "cleaning_key"
	asked := seam.CreateAccessGrantRequest{UserIdentityID: "ui_1", SpaceIDs: []string{"spc_1"}, Name: name, AccessGrantKey: key,
		RequestedAccessMethods: []seam.RequestedAccessMethod{{Mode: "code"}, {Mode: "mobile_key"}}, EndsAt: ends}
	grant := func(change func(*seam.AccessGrant)) *seam.AccessGrant {
		g := &seam.AccessGrant{AccessGrantID: "ag_1", UserIdentityID: "ui_1", SpaceIDs: []string{"spc_1", "spc_2"}, Name: &name,
			AccessGrantKey: &key, RequestedAccessMethods: []seam.RequestedAccessMethod{{Mode: "mobile_key"}, {Mode: "code"}}, EndsAt: &ends}
		change(g)
		return g
	}
	for _, tc := range []struct {
		name  string
		grant *seam.AccessGrant
		want  bool
	}{
		{"what was asked", grant(func(*seam.AccessGrant) {}), true},
		{"the same end, written with another offset", grant(func(g *seam.AccessGrant) { g.EndsAt = &sameEndElsewhere }), true},
		{"another end", grant(func(g *seam.AccessGrant) { g.EndsAt = &later }), false},
		{"no end", grant(func(g *seam.AccessGrant) { g.EndsAt = nil }), false},
		{"another person", grant(func(g *seam.AccessGrant) { g.UserIdentityID = "ui_2" }), false},
		{"another access method", grant(func(g *seam.AccessGrant) { g.RequestedAccessMethods = []seam.RequestedAccessMethod{{Mode: "code"}} }), false},
		{"without the space asked for", grant(func(g *seam.AccessGrant) { g.SpaceIDs = []string{"spc_2"} }), false},
		{"another name", grant(func(g *seam.AccessGrant) { other := "Guests"; g.Name = &other }), false},
	} {
		if got := madeBy(asked)(tc.grant); got != tc.want {
			t.Errorf("%s: madeBy = %t, want %t", tc.name, got, tc.want)
		}
	}
	noEnd := asked
	noEnd.EndsAt = time.Time{}
	if !madeBy(noEnd)(grant(func(g *seam.AccessGrant) { g.EndsAt = &later })) {
		t.Error("a create that asked for no end: a grant with Seam's end is still its")
	}
}
