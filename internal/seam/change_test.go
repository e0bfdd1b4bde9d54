package seam_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// An update's body holds only what changes: an unset field is left out, a cleared one is null.
func TestChange_anUpdateSendsOnlyWhatChanges(t *testing.T) {
	ends := time.Date(2031, 2, 1, 9, 0, 0, 123_000_000, time.UTC)
	for _, c := range []struct {
		name string
		req  any
		want string
	}{
		{"nothing", seam.UpdateAccessGrantRequest{AccessGrantID: "ag_1"}, `{"access_grant_id":"ag_1"}`},
		{"a name", seam.UpdateAccessGrantRequest{AccessGrantID: "ag_1", Name: seam.Set("Crew")}, `{"access_grant_id":"ag_1","name":"Crew"}`},
		{"a cleared end", seam.UpdateAccessGrantRequest{AccessGrantID: "ag_1", EndsAt: seam.Clear[time.Time]()},
			`{"access_grant_id":"ag_1","ends_at":null}`},
		{"an end", seam.UpdateAccessGrantRequest{AccessGrantID: "ag_1", EndsAt: seam.Set(ends)},
			`{"access_grant_id":"ag_1","ends_at":"2031-02-01T09:00:00.123Z"}`},
		{"devices emptied", seam.UpdateSpaceRequest{SpaceID: "sp_1", DeviceIDs: seam.Set([]string{})}, `{"space_id":"sp_1","device_ids":[]}`},
		{"an email cleared", seam.UserIdentityChanges{EmailAddress: seam.Clear[string]()}, `{"email_address":null}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := json.Marshal(c.req)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != c.want {
				t.Errorf("body = %s, want %s", got, c.want)
			}
		})
	}
}
