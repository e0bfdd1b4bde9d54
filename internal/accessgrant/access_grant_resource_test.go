package accessgrant_test

import (
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
)

const resourceAddr = "seam_access_grant.test"

// grantExpectations is what each attribute must hold, from Seam's raw JSON for the grant and
// the access methods Seam lists for it.
func grantExpectations(t *testing.T, tg *acctest.Target) func(raw map[string]any) map[string]knownvalue.Check {
	return func(raw map[string]any) map[string]knownvalue.Check {
		r := acctest.RawChecks{Raw: raw}
		var methods []knownvalue.Check
		for _, m := range tg.Objects(t, "/access_methods/list", map[string]any{"access_grant_id": raw["access_grant_id"]}, "access_methods") {
			mr := acctest.RawChecks{Raw: m}
			methods = append(methods, knownvalue.ObjectExact(map[string]knownvalue.Check{
				"access_method_id": mr.String("access_method_id"), "mode": mr.String("mode"), "display_name": mr.String("display_name"),
				"is_issued": mr.Bool("is_issued"), "issued_at": mr.Instant("issued_at"), "code": mr.String("code"),
				"client_session_token": mr.String("client_session_token"), "instant_key_url": mr.String("instant_key_url"),
			}))
		}
		return map[string]knownvalue.Check{
			"id": r.String("access_grant_id"), "access_grant_id": r.String("access_grant_id"),
			"user_identity_id": r.String("user_identity_id"), "space_ids": r.Set("space_ids"), "name": r.String("name"),
			"access_grant_key": r.String("access_grant_key"), "workspace_id": r.String("workspace_id"),
			"display_name": r.String("display_name"), "created_at": r.Instant("created_at"), "starts_at": r.Instant("starts_at"),
			"ends_at": r.Instant("ends_at"), "access_method_ids": r.List("access_method_ids"), "access_methods": knownvalue.ListExact(methods),
			"client_session_token": r.String("client_session_token"), "instant_key_url": r.String("instant_key_url"),
		}
	}
}

func expectAsSeamHasIt(t *testing.T, tg *acctest.Target) statecheck.StateCheck {
	return acctest.ExpectAsSeamHasIt(resourceAddr, func(id string) map[string]any {
		return tg.Object(t, "/access_grants/get", map[string]any{"access_grant_id": id}, "access_grant")
	}, grantExpectations(t, tg))
}

// setting is a user identity and a space in it, made by the configuration.
func setting(tg *acctest.Target, key string) string {
	return tg.ProviderBlock() + fmt.Sprintf(`
resource "seam_user_identity" "cleaner" {
  user_identity_key = %q
  full_name         = "Cleaning crew"
}
resource "seam_space" "lobby" {
  name       = "Lobby"
  device_ids = ["august_device_1", "august_device_2"]
}
`, key)
}

func grant(tg *acctest.Target, key, body string) string {
	return setting(tg, key) + "resource \"seam_access_grant\" \"test\" {\n  user_identity_id = seam_user_identity.cleaner.user_identity_id\n" +
		"  space_ids        = [seam_space.lobby.space_id]\n" + body + "\n}\n"
}

func expect(checks ...plancheck.PlanCheck) resource.ConfigPlanChecks {
	return resource.ConfigPlanChecks{PreApply: checks}
}

// A grant for next week with a PIN code and a mobile key, through the CLI: its access methods
// read from Seam (sensitive); the same instant with another offset is no change; ends_at and
// the name change in place, the access methods replace it (checked with plancheck); import;
// deletion outside Terraform; destroy.
func TestAccAccessGrantResource_lifecycle(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	key := acctest.UniqueKey(t)
	week := time.Now().UTC().Add(7 * 24 * time.Hour).Truncate(time.Hour)
	starts, ends := week.Format(time.RFC3339), week.Add(7*24*time.Hour).Format(time.RFC3339)
	endsOffset := week.Add(7 * 24 * time.Hour).In(time.FixedZone("", 2*3600)).Format(time.RFC3339)
	later := week.Add(10 * 24 * time.Hour).Format(time.RFC3339)
	methods := `  requested_access_methods = [{ mode = "code", code = "7391" }, { mode = "mobile_key" }]`
	sameGrant := statecheck.CompareValue(compare.ValuesSame())
	otherGrant := statecheck.CompareValue(compare.ValuesDiffer())
	tg.Run(t, resource.TestCase{
		CheckDestroy: tg.CheckGone(t, "seam_access_grant", "/access_grants/get", "access_grant_id", "access_grant"),
		Steps: []resource.TestStep{
			{
				Config: grant(tg, key, fmt.Sprintf("%s\n  starts_at = %q\n  ends_at = %q\n  name = \"Cleaning\"", methods, starts, ends)),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionCreate),
					plancheck.ExpectUnknownValue(resourceAddr, tfjsonpath.New("access_methods"))),
				ConfigStateChecks: []statecheck.StateCheck{
					expectAsSeamHasIt(t, tg),
					statecheck.ExpectSensitiveValue(resourceAddr, tfjsonpath.New("instant_key_url")),
					statecheck.ExpectSensitiveValue(resourceAddr, tfjsonpath.New("access_methods").AtSliceIndex(0).AtMapKey("code")),
					statecheck.ExpectSensitiveValue(resourceAddr, tfjsonpath.New("requested_access_methods").AtSliceIndex(0).AtMapKey("code")),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("access_methods").AtSliceIndex(0).AtMapKey("code"), knownvalue.StringExact("7391")),
					sameGrant.AddStateValue(resourceAddr, tfjsonpath.New("id")),
					otherGrant.AddStateValue(resourceAddr, tfjsonpath.New("id")),
				},
			},
			{
				// The same instant, written with another offset: nothing to do.
				Config:           grant(tg, key, fmt.Sprintf("%s\n  starts_at = %q\n  ends_at = %q\n  name = \"Cleaning\"", methods, starts, endsOffset)),
				ConfigPlanChecks: expect(plancheck.ExpectEmptyPlan()),
			},
			{
				Config:           grant(tg, key, fmt.Sprintf("%s\n  starts_at = %q\n  ends_at = %q\n  name = \"Deep cleaning\"", methods, starts, later)),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionUpdate)),
				ConfigStateChecks: []statecheck.StateCheck{
					expectAsSeamHasIt(t, tg), sameGrant.AddStateValue(resourceAddr, tfjsonpath.New("id")),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("ends_at"), knownvalue.StringExact(later)),
				},
			},
			{ResourceName: resourceAddr, ImportState: true, ImportStateVerify: true,
				ImportStateVerifyIgnore: []string{"requested_access_methods"}},
			{
				Config:            grant(tg, key, fmt.Sprintf("  requested_access_methods = [{ mode = \"code\" }]\n  starts_at = %q\n  ends_at = %q\n  name = \"Deep cleaning\"", starts, later)),
				ConfigPlanChecks:  expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionDestroyBeforeCreate)),
				ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg), otherGrant.AddStateValue(resourceAddr, tfjsonpath.New("id"))},
			},
			{
				PreConfig: func() {
					tg.Post(t, "/access_grants/delete", map[string]any{"access_grant_id": srv.Inventory("seed_workspace_1")["access_grant"][0]})
				},
				Config:           grant(tg, key, fmt.Sprintf("  requested_access_methods = [{ mode = \"code\" }]\n  starts_at = %q\n  ends_at = %q\n  name = \"Deep cleaning\"", starts, later)),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionCreate)),
			},
		},
	})
}

// An ends_at in the past is refused at plan time, when a grant would be made or changed, and
// nothing is sent; a grant that has since ended stays as Seam reports it, with nothing to plan.
func TestAccAccessGrantResource_pastEndsAtIsRefusedAtPlanTimeButAnEndedGrantStays(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	key := acctest.UniqueKey(t)
	ends := time.Now().UTC().Add(48 * time.Hour).Truncate(time.Second).Format(time.RFC3339)
	past := "2020-01-01T00:00:00Z"
	methods := `  requested_access_methods = [{ mode = "code" }]`
	// A grant that ends in a few seconds: the test then waits for it to end.
	soon := time.Now().UTC().Add(6 * time.Second).Truncate(time.Second)
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
		{Config: grant(tg, key, fmt.Sprintf("%s\n  ends_at = %q", methods, past)),
			ExpectError: acctest.ErrorMatching("ends_at is in the past", past, "Set a time in the future")},
		{Config: grant(tg, key, fmt.Sprintf("%s\n  ends_at = %q", methods, soon.Format(time.RFC3339)))},
		{
			// The grant has ended; the configuration is as it was: nothing to plan, no error.
			PreConfig: func() { time.Sleep(time.Until(soon.Add(time.Second))) },
			Config:    grant(tg, key, fmt.Sprintf("%s\n  ends_at = %q", methods, soon.Format(time.RFC3339))), PlanOnly: true,
		},
		{Config: grant(tg, key, fmt.Sprintf("%s\n  ends_at = %q", methods, ends)),
			ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionUpdate))},
		{Config: grant(tg, key, fmt.Sprintf("%s\n  ends_at = %q", methods, past)),
			ExpectError: acctest.ErrorMatching("ends_at is in the past")},
	}})
	if n := tg.Requests("/access_grants/update"); n != 1 {
		t.Errorf("%d updates reached Seam, want the 1 that moved ends_at to the future", n)
	}
}

// create_before_destroy without a key: a change of the access methods makes the new grant
// before the old one is deleted, and no run ends in an inconsistent result.
func TestAccAccessGrantResource_createBeforeDestroyReplacesWithoutAGap(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	key := acctest.UniqueKey(t)
	body := func(mode string) string {
		return fmt.Sprintf("  requested_access_methods = [{ mode = %q }]\n  lifecycle {\n    create_before_destroy = true\n  }", mode)
	}
	other := statecheck.CompareValue(compare.ValuesDiffer())
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
		{Config: grant(tg, key, body("code")), ConfigStateChecks: []statecheck.StateCheck{other.AddStateValue(resourceAddr, tfjsonpath.New("id"))}},
		{Config: grant(tg, key, body("mobile_key")),
			ConfigPlanChecks:  expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionCreateBeforeDestroy)),
			ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg), other.AddStateValue(resourceAddr, tfjsonpath.New("id"))}},
	}})
}
