package useridentity_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/compare"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

const resourceAddr = "seam_user_identity.test"

// identityExpectations is what each attribute must hold, from Seam's raw JSON.
func identityExpectations(raw map[string]any) map[string]knownvalue.Check {
	r := acctest.RawChecks{Raw: raw}
	return map[string]knownvalue.Check{
		"id": r.String("user_identity_id"), "user_identity_id": r.String("user_identity_id"),
		"user_identity_key": r.String("user_identity_key"), "email_address": r.String("email_address"),
		"phone_number": r.String("phone_number"), "full_name": r.String("full_name"), "display_name": r.String("display_name"),
		"workspace_id": r.String("workspace_id"), "created_at": r.Instant("created_at"), "acs_user_ids": r.Set("acs_user_ids"),
	}
}

func expectAsSeamHasIt(t *testing.T, tg *acctest.Target) statecheck.StateCheck {
	return acctest.ExpectAsSeamHasIt(resourceAddr, func(id string) map[string]any {
		return tg.Object(t, "/user_identities/get", map[string]any{"user_identity_id": id}, "user_identity")
	}, identityExpectations)
}

func identity(tg *acctest.Target, body string) string {
	return tg.ProviderBlock() + "resource \"seam_user_identity\" \"test\" {\n" + body + "\n}\n"
}

func expectAction(action plancheck.ResourceActionType) resource.ConfigPlanChecks {
	return resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(resourceAddr, action)}}
}

// Create, no drift, every argument updated in place (one cleared), import, deletion outside
// Terraform (created again), destroy: through the Terraform CLI, against the stand-in.
func TestAccUserIdentityResource_lifecycle(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	key := acctest.UniqueKey(t)
	sameIdentity := statecheck.CompareValue(compare.ValuesSame())
	var removedID string
	tg.Run(t, resource.TestCase{
		CheckDestroy: tg.CheckGone(t, "seam_user_identity", "/user_identities/get", "user_identity_id", "user_identity"),
		Steps: []resource.TestStep{
			{
				Config: identity(tg, fmt.Sprintf(`
  user_identity_key = %q
  email_address     = "jane@example.com"
  full_name         = "Jane Doe"
`, key)),
				ConfigPlanChecks: expectAction(plancheck.ResourceActionCreate),
				ConfigStateChecks: []statecheck.StateCheck{
					expectAsSeamHasIt(t, tg),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("display_name"), knownvalue.StringExact("Jane Doe")),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("phone_number"), knownvalue.Null()),
					sameIdentity.AddStateValue(resourceAddr, tfjsonpath.New("id")),
				},
			},
			{
				Config: identity(tg, fmt.Sprintf(`
  user_identity_key = %q
  email_address     = "jane.doe@example.com"
  phone_number      = "+15555550100"
`, key+"_renamed")),
				ConfigPlanChecks: expectAction(plancheck.ResourceActionUpdate),
				ConfigStateChecks: []statecheck.StateCheck{
					expectAsSeamHasIt(t, tg),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("full_name"), knownvalue.Null()),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("user_identity_key"), knownvalue.StringExact(key+"_renamed")),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("display_name"), knownvalue.StringExact("jane.doe@example.com")),
					sameIdentity.AddStateValue(resourceAddr, tfjsonpath.New("id")),
				},
			},
			{ResourceName: resourceAddr, ImportState: true, ImportStateVerify: true},
			{
				PreConfig: func() {
					removedID = srv.UserIdentityID(key + "_renamed")
					if !srv.RemoveUserIdentity(removedID) {
						t.Fatal("the stand-in had no identity to remove")
					}
				},
				Config: identity(tg, fmt.Sprintf(`
  user_identity_key = %q
  email_address     = "jane.doe@example.com"
  phone_number      = "+15555550100"
`, key+"_renamed")),
				ConfigPlanChecks: expectAction(plancheck.ResourceActionCreate),
				ConfigStateChecks: []statecheck.StateCheck{
					expectAsSeamHasIt(t, tg),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("id"), notEqual{&removedID}),
				},
			},
		},
	})
}

// notEqual checks a string other than the one *other holds when the check runs.
type notEqual struct{ other *string }

func (c notEqual) CheckValue(v any) error {
	if s, _ := v.(string); s == "" || s == *c.other {
		return fmt.Errorf("%v is the ID of the identity deleted outside Terraform", v)
	}
	return nil
}

func (c notEqual) String() string { return "another ID" }

// A key another identity of the workspace has is an error naming that identity and how to
// import it; nothing is created.
func TestAccUserIdentityResource_existingKeyNamesTheIdentityAndHowToImport(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	key := acctest.UniqueKey(t)
	existing := tg.Object(t, "/user_identities/create", map[string]any{"user_identity_key": key}, "user_identity")
	id := acctest.RawString(existing, "user_identity_id")
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: identity(tg, fmt.Sprintf("  user_identity_key = %q\n", key)),
			ExpectError: acctest.ErrorMatching("User identity already exists", fmt.Sprintf("user_identity_key %q: %s", key, id),
				"import {", "to = seam_user_identity.", fmt.Sprintf("id = %q", id)),
		}},
	})
	if n := tg.Requests("/user_identities/create"); n != 1 {
		t.Errorf("%d creates reached Seam, want only the test's own", n)
	}
}

// Values Seam's OpenAPI refuses are refused at plan time, on the attribute, saying why.
func TestAccUserIdentityResource_badValuesAreRefusedAtPlanTime(t *testing.T) {
	tg := acctest.FullAPI(t)
	acctest.RunErrorCases(t, tg, []acctest.ErrorCase{
		{Name: "an email address without a domain", Config: identity(tg, `  email_address = "jane"`),
			Want: []string{"email_address", "must be an email address"}},
		{Name: "a phone number not in E.164", Config: identity(tg, `  phone_number = "555-0100"`),
			Want: []string{"phone_number", "E.164"}},
		{Name: "an empty key", Config: identity(tg, `  user_identity_key = ""`),
			Want: []string{"user_identity_key", "at least 1"}},
	})
}

// A key another identity holds is refused before the update, naming that identity and what
// to do, as create does; nothing is sent to Seam, and the state keeps the old key.
func TestAccUserIdentityResource_aKeyChangeToATakenKeyNamesItsHolder(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	key, taken := acctest.UniqueKey(t), acctest.UniqueKey(t)+"_taken"
	holder := acctest.RawString(tg.Object(t, "/user_identities/create", map[string]any{"user_identity_key": taken}, "user_identity"), "user_identity_id")
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
		{Config: identity(tg, fmt.Sprintf("  user_identity_key = %q\n", key))},
		{
			Config: identity(tg, fmt.Sprintf("  user_identity_key = %q\n", taken)),
			ExpectError: acctest.ErrorMatching("User identity key already taken", fmt.Sprintf("cannot take user_identity_key %q", taken),
				fmt.Sprintf("user identity %s holds it", holder), "change its user_identity_key first",
				"terraform import seam_user_identity.<name> "+holder),
		},
		{Config: identity(tg, fmt.Sprintf("  user_identity_key = %q\n", key)), PlanOnly: true},
	}})
	if n := tg.Requests("/user_identities/update"); n != 0 {
		t.Errorf("%d updates reached Seam, want none", n)
	}
}

// create_before_destroy cannot work with a key: the old identity keeps it until its successor
// exists. The error says so, and what to do, not only that the key is taken.
func TestAccUserIdentityResource_createBeforeDestroyWithAKeySaysWhy(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	key := acctest.UniqueKey(t)
	body := func(email string) string {
		return fmt.Sprintf("  user_identity_key = %q\n  email_address = %q\n  lifecycle {\n    create_before_destroy = true\n  }\n", key, email)
	}
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
		{Config: identity(tg, body("jane@example.com"))},
		{
			// A new key's replacement, forced by -replace's equivalent: taint the identity.
			Taint:  []string{resourceAddr},
			Config: identity(tg, body("jane@example.com")),
			ExpectError: acctest.ErrorMatching("User identity already exists", "create_before_destroy = true",
				"the old one keeps the key until its successor exists", "create_before_destroy cannot work with a user_identity_key",
				"Drop create_before_destroy, or give the successor another user_identity_key"),
		},
	}})
}

// A lost create is settled by the key only with proof: an identity under the key that holds
// other values (someone else's, made while the create's answer was lost) is not adopted, and
// the error names it; nothing is deleted, nothing made twice.
func TestAccUserIdentityResource_aLostAnswerNeverAdoptsSomeoneElsesIdentity(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	key := acctest.UniqueKey(t)
	var theirs string
	srv.FailNext("/user_identities/create", standin.Fault{Status: 503, Meanwhile: func() {
		theirs = acctest.RawString(tg.Object(t, "/user_identities/create", map[string]any{"user_identity_key": key,
			"email_address": "someone.else@example.com"}, "user_identity"), "user_identity_id")
	}})
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{{
		Config: identity(tg, fmt.Sprintf("  user_identity_key = %q\n  email_address = \"jane@example.com\"\n", key)),
		ExpectError: acctest.ErrorMatching("User identity may have been created", "HTTP 503", "differs from what this create asked for",
			"terraform import seam_user_identity.<name>"),
	}}})
	if ids := srv.Inventory("seed_workspace_1")["user_identity"]; len(ids) != 1 || ids[0] != theirs {
		t.Errorf("the workspace holds identities %v, want only the other client's %s", ids, theirs)
	}
}
