package accessgrant_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/compare"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// Seam's access_grant_key selects a grant ("Key of the Access Grant to update"), and no route
// changes it: a new key replaces the grant, and the plan says so; a key left out of the
// configuration keeps Seam's, with nothing to plan. No update ever sends a key.
func TestAccAccessGrantResource_aNewKeyReplacesTheGrantAndALeftOutKeyIsKept(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	key := acctest.UniqueKey(t)
	methods := `  requested_access_methods = [{ mode = "code" }]`
	other := statecheck.CompareValue(compare.ValuesDiffer())
	same := statecheck.CompareValue(compare.ValuesSame())
	keyIs := func(k string) statecheck.StateCheck {
		return statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("access_grant_key"), knownvalue.StringExact(k))
	}
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
		{Config: grant(tg, key, fmt.Sprintf("%s\n  access_grant_key = %q", methods, key+"_a")),
			ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg), keyIs(key + "_a"), other.AddStateValue(resourceAddr, tfjsonpath.New("id"))}},
		{Config: grant(tg, key, fmt.Sprintf("%s\n  access_grant_key = %q", methods, key+"_b")),
			ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionDestroyBeforeCreate)),
			ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg), keyIs(key + "_b"),
				other.AddStateValue(resourceAddr, tfjsonpath.New("id")), same.AddStateValue(resourceAddr, tfjsonpath.New("id"))}},
		{Config: grant(tg, key, methods+"\n  name = \"Renamed\""),
			ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionUpdate)),
			ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg), keyIs(key + "_b"),
				same.AddStateValue(resourceAddr, tfjsonpath.New("id"))}},
		{Config: grant(tg, key, methods+"\n  name = \"Renamed\""), ConfigPlanChecks: expect(plancheck.ExpectEmptyPlan())},
	}})
	for _, r := range srv.Requests() {
		var body map[string]any
		if r.Path == "/access_grants/update" && json.Unmarshal(r.Body, &body) == nil {
			if _, sent := body["access_grant_key"]; sent {
				t.Errorf("an update sent access_grant_key, which selects a grant: %s", r.Body)
			}
		}
	}
}

// A time finer than Seam keeps (milliseconds) is the same instant at Seam's precision: no
// inconsistent result, the state keeps the configuration's text, and nothing more to plan.
func TestAccAccessGrantResource_timesFinerThanSeamKeepsAreNoChange(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	key := acctest.UniqueKey(t)
	at := time.Now().UTC().Add(30 * 24 * time.Hour).Truncate(time.Hour)
	written := at.Format("2006-01-02T15:04:05") + ".123456Z"
	seams := at.Format("2006-01-02T15:04:05") + ".123Z"
	body := fmt.Sprintf("  requested_access_methods = [{ mode = \"code\" }]\n  ends_at = %q", written)
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
		{Config: grant(tg, key, body), ConfigStateChecks: []statecheck.StateCheck{
			statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("ends_at"), knownvalue.StringExact(written)),
			acctest.ExpectAsSeamHasIt(resourceAddr, func(id string) map[string]any {
				return tg.Object(t, "/access_grants/get", map[string]any{"access_grant_id": id}, "access_grant")
			}, func(raw map[string]any) map[string]knownvalue.Check {
				if raw["ends_at"] != seams {
					t.Errorf("Seam holds ends_at %v, want %s: the provider should send it at Seam's precision", raw["ends_at"], seams)
				}
				return nil
			}),
		}},
		{Config: grant(tg, key, body), ConfigPlanChecks: expect(plancheck.ExpectEmptyPlan())},
	}})
}

// Renaming a grant that has ended sends the name alone (its ended ends_at, which Seam would
// refuse as past, is not resent); and when Seam refuses anyway, the error says the grant has
// ended and what can still change.
func TestAccAccessGrantResource_anEndedGrantIsRenamed(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	key := acctest.UniqueKey(t)
	ending := time.Now().UTC().Add(6 * time.Second).Truncate(time.Second)
	soon := ending.Format(time.RFC3339)
	body := func(name string) string {
		return fmt.Sprintf("  requested_access_methods = [{ mode = \"code\" }]\n  ends_at = %q\n  name = %q", soon, name)
	}
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
		{Config: grant(tg, key, body("Cleaning"))},
		{
			PreConfig:        func() { time.Sleep(time.Until(ending.Add(time.Second))) },
			Config:           grant(tg, key, body("Cleaning, done")),
			ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionUpdate)),
			ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg),
				statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("name"), knownvalue.StringExact("Cleaning, done"))},
		},
		{
			PreConfig: func() {
				srv.FailNext("/access_grants/update", standin.Fault{Status: 400,
					Body: `{"error":{"type":"invalid_input","message":"Access grant has ended"},"ok":false}`})
			},
			Config: grant(tg, key, body("Cleaning, archived")),
			ExpectError: acctest.ErrorMatching("Seam refused to change an access grant that has ended", "Access grant has ended",
				"The grant ended at", "an ended grant can take a new name, or an ends_at in the future"),
		},
	}})
	for _, r := range srv.Requests() {
		var body map[string]any
		if r.Path == "/access_grants/update" && json.Unmarshal(r.Body, &body) == nil {
			if _, sent := body["ends_at"]; sent {
				t.Errorf("a rename sent ends_at: %s", r.Body)
			}
		}
	}
}

// A requested code on a method that is not a PIN code is refused at plan time (Seam's code is
// "Only applicable when mode is 'code'"), and nothing is sent.
func TestAccAccessGrantResource_aCodeOnAnotherModeIsRefusedAtPlanTime(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{{
		Config:      grant(tg, acctest.UniqueKey(t), `  requested_access_methods = [{ mode = "code" }, { mode = "card", code = "4821" }]`),
		ExpectError: acctest.ErrorMatching("A code is only for the code mode", `requested_access_methods[1] asks for mode "card"`),
	}}})
	if n := tg.Requests("/access_grants/create"); n != 0 {
		t.Errorf("%d creates reached Seam, want none", n)
	}
}

// A space replaced (here for a new space_key) replaces the grants on it, as the docs say: the
// grant's space_ids are not known until the new space exists.
func TestAccAccessGrantResource_aReplacedSpaceReplacesItsGrants(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	key := acctest.UniqueKey(t)
	config := func(spaceKey string) string {
		return tg.ProviderBlock() + fmt.Sprintf(`
resource "seam_user_identity" "cleaner" {
  user_identity_key = %q
}
resource "seam_space" "lobby" {
  name       = "Lobby"
  space_key  = %q
  device_ids = ["august_device_1"]
}
resource "seam_access_grant" "test" {
  user_identity_id         = seam_user_identity.cleaner.user_identity_id
  space_ids                = [seam_space.lobby.space_id]
  requested_access_methods = [{ mode = "code" }]
}
`, key, spaceKey)
	}
	other := statecheck.CompareValue(compare.ValuesDiffer())
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
		{Config: config(key + "_lobby"), ConfigStateChecks: []statecheck.StateCheck{other.AddStateValue(resourceAddr, tfjsonpath.New("id"))}},
		{Config: config(key + "_hall"),
			ConfigPlanChecks: expect(plancheck.ExpectResourceAction("seam_space.lobby", plancheck.ResourceActionDestroyBeforeCreate),
				plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionDestroyBeforeCreate)),
			ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg), other.AddStateValue(resourceAddr, tfjsonpath.New("id"))}},
	}})
}
