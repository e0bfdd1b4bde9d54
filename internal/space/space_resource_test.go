package space_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/compare"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

const resourceAddr = "seam_space.test"

// spaceExpectations is what each attribute must hold, from Seam's raw JSON for the space and
// the devices Seam lists in it.
func spaceExpectations(tg *acctest.Target, t *testing.T) func(raw map[string]any) map[string]knownvalue.Check {
	return func(raw map[string]any) map[string]knownvalue.Check {
		r := acctest.RawChecks{Raw: raw}
		var devices []knownvalue.Check
		for _, d := range tg.Objects(t, "/devices/list", map[string]any{"space_id": raw["space_id"]}, "devices") {
			devices = append(devices, knownvalue.StringExact(acctest.RawString(d, "device_id")))
		}
		return map[string]knownvalue.Check{
			"id": r.String("space_id"), "space_id": r.String("space_id"), "name": r.String("name"), "space_key": r.String("space_key"),
			"customer_key": r.String("customer_key"), "display_name": r.String("display_name"), "workspace_id": r.String("workspace_id"),
			"created_at": r.Instant("created_at"), "device_count": r.Int64("device_count"), "acs_entrance_count": r.Int64("acs_entrance_count"),
			"device_ids": knownvalue.SetExact(devices),
		}
	}
}

func expectAsSeamHasIt(t *testing.T, tg *acctest.Target) statecheck.StateCheck {
	return acctest.ExpectAsSeamHasIt(resourceAddr, func(id string) map[string]any {
		return tg.Object(t, "/spaces/get", map[string]any{"space_id": id}, "space")
	}, spaceExpectations(tg, t))
}

// locks are two of the locks Seam's fake has, found as a configuration finds them.
const locks = `
data "seam_devices" "locks" {
  device_type = "august_lock"
}
`

func space(tg *acctest.Target, body string) string {
	return tg.ProviderBlock() + locks + "resource \"seam_space\" \"test\" {\n" + body + "\n}\n"
}

func expect(checks ...plancheck.PlanCheck) resource.ConfigPlanChecks {
	return resource.ConfigPlanChecks{PreApply: checks}
}

// A space holding the locks data.seam_devices finds, through the CLI: no drift; its name, key
// and devices updated in place (checked with plancheck); a device put in it outside Terraform
// is a change to plan back; import; deletion outside Terraform; a new customer replaces it;
// destroy.
func TestAccSpaceResource_lifecycle(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	key := acctest.UniqueKey(t)
	sameSpace := statecheck.CompareValue(compare.ValuesSame())
	var spaceID string
	devices := func(ids ...string) statecheck.StateCheck {
		checks := make([]knownvalue.Check, len(ids))
		for i, id := range ids {
			checks[i] = knownvalue.StringExact(id)
		}
		return statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("device_ids"), knownvalue.SetExact(checks))
	}
	tg.Run(t, resource.TestCase{
		CheckDestroy: tg.CheckGone(t, "seam_space", "/spaces/get", "space_id", "space"),
		Steps: []resource.TestStep{
			{
				Config:           space(tg, fmt.Sprintf("  name = \"Lobby\"\n  space_key = %q\n  device_ids = data.seam_devices.locks.device_ids", key)),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionCreate)),
				ConfigStateChecks: []statecheck.StateCheck{
					expectAsSeamHasIt(t, tg), devices("august_device_1", "august_device_2"),
					sameSpace.AddStateValue(resourceAddr, tfjsonpath.New("id")),
				},
			},
			{
				Config:           space(tg, fmt.Sprintf("  name = \"Front lobby\"\n  space_key = %q\n  device_ids = [\"august_device_1\"]", key)),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionUpdate)),
				ConfigStateChecks: []statecheck.StateCheck{
					expectAsSeamHasIt(t, tg), devices("august_device_1"),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("device_count"), knownvalue.Int64Exact(1)),
					sameSpace.AddStateValue(resourceAddr, tfjsonpath.New("id")),
				},
			},
			{
				// Seam's space_key selects a space and never changes: a new key replaces it.
				Config:           space(tg, fmt.Sprintf("  name = \"Front lobby\"\n  space_key = %q\n  device_ids = [\"august_device_1\"]", key+"_v2")),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionDestroyBeforeCreate)),
				ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("space_key"), knownvalue.StringExact(key+"_v2"))},
			},
			{
				// Left out, the key is Seam's, kept: nothing to plan.
				Config:           space(tg, "  name = \"Front lobby\"\n  device_ids = [\"august_device_1\"]"),
				ConfigPlanChecks: expect(plancheck.ExpectEmptyPlan()),
			},
			{
				// Someone puts another lock in the space: drift, planned back.
				PreConfig: func() {
					inventory := srv.Inventory("seed_workspace_1")["space"]
					spaceID = inventory[0]
					srv.SetSpaceDevices(spaceID, []string{"august_device_1", "schlage_device_id"})
				},
				Config:            space(tg, fmt.Sprintf("  name = \"Front lobby\"\n  space_key = %q\n  device_ids = [\"august_device_1\"]", key+"_v2")),
				ConfigPlanChecks:  expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionUpdate)),
				ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg), devices("august_device_1")},
			},
			{ResourceName: resourceAddr, ImportState: true, ImportStateVerify: true},
			{
				Config:           space(tg, fmt.Sprintf("  name = \"Front lobby\"\n  space_key = %q\n  device_ids = [\"august_device_1\"]\n  customer_key = \"north\"", key+"_v2")),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionDestroyBeforeCreate)),
				ConfigStateChecks: []statecheck.StateCheck{
					expectAsSeamHasIt(t, tg),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("customer_key"), knownvalue.StringExact("north")),
				},
			},
			{
				PreConfig: func() {
					tg.Post(t, "/spaces/delete", map[string]any{"space_id": srv.Inventory("seed_workspace_1")["space"][0]})
				},
				Config:           space(tg, fmt.Sprintf("  name = \"Front lobby\"\n  space_key = %q\n  device_ids = [\"august_device_1\"]\n  customer_key = \"north\"", key+"_v2")),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionCreate)),
			},
		},
	})
	if slices.Contains(srv.Inventory("seed_workspace_1")["space"], spaceID) {
		t.Errorf("space %s outlived the test", spaceID)
	}
}

// A key another space holds is an error naming it, on create, and at plan time when a new key
// would replace the space (which then stays as it is); nothing is made with it.
func TestAccSpaceResource_aTakenKeyNamesItsHolder(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	taken := acctest.UniqueKey(t)
	holder := acctest.RawString(tg.Object(t, "/spaces/create", map[string]any{"name": "Held", "space_key": taken}, "space"), "space_id")
	mine := acctest.UniqueKey(t) + "_mine"
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
		{Config: space(tg, fmt.Sprintf("  name = \"Mine\"\n  space_key = %q", taken)),
			ExpectError: acctest.ErrorMatching("Space already exists", fmt.Sprintf("space_key %q: %s", taken, holder), "import {")},
		{Config: space(tg, fmt.Sprintf("  name = \"Mine\"\n  space_key = %q", mine))},
		{Config: space(tg, fmt.Sprintf("  name = \"Mine\"\n  space_key = %q", taken)), PlanOnly: true,
			ExpectError: acctest.ErrorMatching("Space already exists", fmt.Sprintf("space_key %q: %s", taken, holder))},
	}})
	if n := tg.Requests("/spaces/create"); n != 2 {
		t.Errorf("%d creates reached Seam, want the test's own and the one with a free key", n)
	}
}

// The data source reads a space by ID or by key, with its devices, as Seam has them.
func TestAccSpaceDataSource_readsBySpaceIDOrKey(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	key := acctest.UniqueKey(t)
	made := tg.Object(t, "/spaces/create", map[string]any{"name": "Pool house", "space_key": key, "device_ids": []string{"august_device_2"}}, "space")
	config := tg.ProviderBlock() + fmt.Sprintf("data \"seam_space\" \"by_id\" {\n  space_id = %q\n}\ndata \"seam_space\" \"by_key\" {\n  space_key = %q\n}\n",
		acctest.RawString(made, "space_id"), key)
	var checks []statecheck.StateCheck
	for _, addr := range []string{"data.seam_space.by_id", "data.seam_space.by_key"} {
		for name, check := range spaceExpectations(tg, t)(made) {
			checks = append(checks, statecheck.ExpectKnownValue(addr, tfjsonpath.New(name), check))
		}
	}
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{{Config: config, ConfigStateChecks: checks}}})
}

// create_before_destroy without a key: the new space exists before the old one is deleted,
// and no run ends in an inconsistent result.
func TestAccSpaceResource_createBeforeDestroyReplacesWithoutAGap(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	body := func(customer string) string {
		return fmt.Sprintf("  name = \"Annex\"\n  customer_key = %q\n  lifecycle {\n    create_before_destroy = true\n  }", customer)
	}
	other := statecheck.CompareValue(compare.ValuesDiffer())
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
		{Config: space(tg, body("north")), ConfigStateChecks: []statecheck.StateCheck{other.AddStateValue(resourceAddr, tfjsonpath.New("id"))}},
		{Config: space(tg, body("south")),
			ConfigPlanChecks:  expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionCreateBeforeDestroy)),
			ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg), other.AddStateValue(resourceAddr, tfjsonpath.New("id"))}},
	}})
	var order []string
	for _, r := range srv.Requests() {
		if r.Path == "/spaces/create" || r.Path == "/spaces/delete" {
			order = append(order, r.Path)
		}
	}
	if want := []string{"/spaces/create", "/spaces/create", "/spaces/delete", "/spaces/delete"}; !slices.Equal(order, want) {
		t.Errorf("the stand-in saw %v, want %v", order, want)
	}
}
