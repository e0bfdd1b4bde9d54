package noisethreshold_test

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
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

const resourceAddr = "seam_noise_threshold.test"

// thresholdExpectations is what each attribute must hold, from Seam's raw JSON.
func thresholdExpectations(raw map[string]any) map[string]knownvalue.Check {
	r := acctest.RawChecks{Raw: raw}
	return map[string]knownvalue.Check{
		"id": r.String("noise_threshold_id"), "noise_threshold_id": r.String("noise_threshold_id"), "device_id": r.String("device_id"),
		"name": r.String("name"), "starts_daily_at": r.String("starts_daily_at"), "ends_daily_at": r.String("ends_daily_at"),
		"noise_threshold_decibels": r.Float64("noise_threshold_decibels"), "noise_threshold_nrs": r.Float64("noise_threshold_nrs"),
	}
}

func expectAsSeamHasIt(t *testing.T, tg *acctest.Target) statecheck.StateCheck {
	return acctest.ExpectAsSeamHasIt(resourceAddr, func(id string) map[string]any {
		return tg.Object(t, "/noise_sensors/noise_thresholds/get", map[string]any{"noise_threshold_id": id}, "noise_threshold")
	}, thresholdExpectations)
}

func threshold(tg *acctest.Target, body string) string {
	return tg.ProviderBlock() + "resource \"seam_noise_threshold\" \"test\" {\n" + body + "\n}\n"
}

// quiet is a threshold's body on device with a level line.
func quiet(device, name, starts, level string) string {
	return fmt.Sprintf("  device_id = %q\n  name = %q\n  starts_daily_at = %q\n  ends_daily_at = \"07:00:00[Europe/Paris]\"\n  %s",
		device, name, starts, level)
}

func expect(checks ...plancheck.PlanCheck) resource.ConfigPlanChecks {
	return resource.ConfigPlanChecks{PreApply: checks}
}

// Create on a sensor (waiting for it), no drift, the name, times and level changed in place, a
// switch from decibels to NRS (decibels then Seam's, unknown until applied), import, another
// sensor replacing it, deletion outside Terraform, destroy.
func TestAccNoiseThresholdResource_lifecycle(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	sensor := tg.DeviceOfType(t, "minut_sensor")
	elsewhere, err := srv.SeedDevices(t.Context(), fakeseam.SeedWorkspace, "minut_sensor", 1)
	if err != nil {
		t.Fatal(err)
	}
	same := statecheck.CompareValue(compare.ValuesSame())
	moved := threshold(tg, quiet(elsewhere[0], "Late quiet hours", "23:00:00[Europe/Paris]", "noise_threshold_nrs = 42"))
	tg.Run(t, resource.TestCase{
		CheckDestroy: tg.CheckGone(t, "seam_noise_threshold", "/noise_sensors/noise_thresholds/get", "noise_threshold_id", "noise_threshold"),
		Steps: []resource.TestStep{
			{
				Config:           threshold(tg, quiet(sensor, "Quiet hours", "22:00:00[Europe/Paris]", "noise_threshold_decibels = 70")),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionCreate)),
				ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg), same.AddStateValue(resourceAddr, tfjsonpath.New("id")),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("noise_threshold_decibels"), knownvalue.Float64Exact(70))},
			},
			{
				Config:           threshold(tg, quiet(sensor, "Late quiet hours", "23:00:00[Europe/Paris]", "noise_threshold_decibels = 65.5")),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionUpdate)),
				ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg), same.AddStateValue(resourceAddr, tfjsonpath.New("id")),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("starts_daily_at"), knownvalue.StringExact("23:00:00[Europe/Paris]"))},
			},
			{
				Config: threshold(tg, quiet(sensor, "Late quiet hours", "23:00:00[Europe/Paris]", "noise_threshold_nrs = 42")),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionUpdate),
					plancheck.ExpectUnknownValue(resourceAddr, tfjsonpath.New("noise_threshold_decibels"))),
				ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg), same.AddStateValue(resourceAddr, tfjsonpath.New("id"))},
			},
			{ResourceName: resourceAddr, ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: []string{"timeouts"}},
			{
				Config:            moved,
				ConfigPlanChecks:  expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionDestroyBeforeCreate)),
				ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg)},
			},
			{
				PreConfig: func() {
					if !srv.RemoveNoiseThreshold(srv.Inventory(fakeseam.SeedWorkspace)["noise_threshold"][0]) {
						t.Fatal("the stand-in had no threshold to remove")
					}
				},
				Config:            moved,
				ConfigPlanChecks:  expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionCreate)),
				ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg)},
			},
		},
	})
	if n := tg.Requests("/noise_sensors/noise_thresholds/update"); n != 2 {
		t.Errorf("%d updates reached Seam, want the 2 that changed the threshold in place", n)
	}
}

// A sensor that refuses a new threshold, or does not carry it out before the create's timeout,
// fails the apply with what Seam said and what happens next; the threshold stays in the state,
// tainted, and once the sensor is back the next apply replaces it: one threshold remains.
func TestAccNoiseThresholdResource_aSensorThatFailsOrHangsLeavesNoOrphan(t *testing.T) {
	cases := []struct {
		name    string
		outcome standin.ActionOutcome
		want    []string
	}{
		{"a failed attempt", standin.ActionFails, []string{"The device did not carry out the change",
			fmt.Sprint(standin.ActionFailure["type"]), fmt.Sprint(standin.ActionFailure["message"]), "marked tainted", "replaces it"}},
		{"a timeout", standin.ActionHangs, []string{"The device has not carried out the change yet", "still pending",
			"may still complete", "/action_attempts/get", "marked tainted", "raise the resource's timeouts"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			srv := tg.RequireStandIn(t)
			sensor := tg.DeviceOfType(t, "minut_sensor")
			config := threshold(tg, quiet(sensor, "Quiet hours", "22:00:00[Europe/Paris]", "noise_threshold_decibels = 70")+
				"\n  timeouts = { create = \"2s\" }")
			made := func(want int) func() {
				return func() {
					if n := len(srv.Inventory(fakeseam.SeedWorkspace)["noise_threshold"]); n != want {
						t.Errorf("Seam holds %d thresholds made, want %d", n, want)
					}
				}
			}
			srv.SetActionOutcome(c.outcome)
			tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
				{Config: config, ExpectError: acctest.ErrorMatching(c.want...)},
				{
					PreConfig:         func() { made(1)(); srv.SetActionOutcome(standin.ActionSucceeds) },
					Config:            config,
					ConfigPlanChecks:  expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionDestroyBeforeCreate)),
					ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg)},
				},
				{PreConfig: made(1), Config: config, ConfigPlanChecks: expect(plancheck.ExpectEmptyPlan())},
			}})
		})
	}
}

// An update the sensor does not carry out is an error, and the state holds what Seam holds:
// the next plan shows the change again, and applies it once the sensor is back.
func TestAccNoiseThresholdResource_anUpdateTheSensorRefusesIsPlannedAgain(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	sensor := tg.DeviceOfType(t, "minut_sensor")
	at70 := threshold(tg, quiet(sensor, "Quiet hours", "22:00:00[Europe/Paris]", "noise_threshold_decibels = 70"))
	at60 := threshold(tg, quiet(sensor, "Quiet hours", "22:00:00[Europe/Paris]", "noise_threshold_decibels = 60"))
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
		{Config: at70},
		{
			PreConfig:   func() { srv.SetActionOutcome(standin.ActionFails) },
			Config:      at60,
			ExpectError: acctest.ErrorMatching("The device did not carry out the change", "the next plan shows the change again"),
		},
		{
			PreConfig:         func() { srv.SetActionOutcome(standin.ActionSucceeds) },
			Config:            at60,
			ConfigPlanChecks:  expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionUpdate)),
			ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg)},
		},
	}})
}

// Times not in Seam's form, a zone not in the IANA database, and a level set twice or not at
// all are refused at plan time, saying what to write.
func TestAccNoiseThresholdResource_badValuesAreRefusedAtPlanTime(t *testing.T) {
	tg := acctest.FullAPI(t)
	acctest.RunErrorCases(t, tg, []acctest.ErrorCase{
		{Name: "a time without its zone", Config: threshold(tg, quiet("d", "Q", "22:00", "noise_threshold_decibels = 70")),
			Want: []string{"Not a time of day in Seam's form", `"22:00"`, "22:00:00[Europe/Paris]"}},
		{Name: "an hour past 23", Config: threshold(tg, quiet("d", "Q", "24:00:00[Europe/Paris]", "noise_threshold_decibels = 70")),
			Want: []string{"Not a time of day in Seam's form", "24-hour clock"}},
		{Name: "an unknown zone", Config: threshold(tg, quiet("d", "Q", "22:00:00[Mars/Olympus_Mons]", "noise_threshold_decibels = 70")),
			Want: []string{"Unknown time zone", `"Mars/Olympus_Mons"`, "IANA"}},
		{Name: "both levels", Config: threshold(tg, quiet("d", "Q", "22:00:00[Europe/Paris]",
			"noise_threshold_decibels = 70\n  noise_threshold_nrs = 40")),
			Want: []string{"Invalid Attribute Combination", "noise_threshold_decibels", "noise_threshold_nrs"}},
		{Name: "no level", Config: threshold(tg, quiet("d", "Q", "22:00:00[Europe/Paris]", "")),
			Want: []string{"Missing Attribute Configuration", "noise_threshold_decibels", "noise_threshold_nrs"}},
		{Name: "a negative level", Config: threshold(tg, quiet("d", "Q", "22:00:00[Europe/Paris]", "noise_threshold_decibels = -3")),
			Want: []string{"noise_threshold_decibels", "at least 0"}},
	})
}
