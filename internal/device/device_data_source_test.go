package device_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// deviceChecks is what each attribute of a device must hold, from Seam's raw JSON.
func deviceChecks(raw map[string]any) map[string]knownvalue.Check {
	r := acctest.RawChecks{Raw: raw}
	properties, _ := raw["properties"].(map[string]any)
	p := acctest.RawChecks{Raw: properties}
	return map[string]knownvalue.Check{
		"id": r.String("device_id"), "device_id": r.String("device_id"), "display_name": r.String("display_name"),
		"nickname": r.String("nickname"), "device_type": r.String("device_type"), "manufacturer": p.String("manufacturer"),
		"connected_account_id": r.String("connected_account_id"), "workspace_id": r.String("workspace_id"),
		"space_ids": r.Set("space_ids"), "capabilities_supported": r.Set("capabilities_supported"), "online": p.Bool("online"),
		"created_at": r.Instant("created_at"),
	}
}

// expectDevice checks the device that at(name) holds the attributes of.
func expectDevice(addr string, at func(name string) tfjsonpath.Path, raw map[string]any) []statecheck.StateCheck {
	var checks []statecheck.StateCheck
	for name, check := range deviceChecks(raw) {
		checks = append(checks, statecheck.ExpectKnownValue(addr, at(name), check))
	}
	return checks
}

// A device read by ID, or by the name only it has, holds Seam's device; seam_devices lists
// the devices of a type, in Seam's order, with their IDs: against Seam's fake and its seeded
// devices, through the proxy that checks the traffic against Seam's OpenAPI.
func TestAccDeviceDataSources_readSeamsDevicesByIDNameAndFilters(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	tg.RequireFake(t)
	locks := tg.Objects(t, "/devices/list", map[string]any{"device_type": "august_lock"}, "devices")
	if len(locks) < 2 {
		t.Fatalf("Seam's fake has %d August locks; the test needs two", len(locks))
	}
	first := locks[0]
	name, _ := first["properties"].(map[string]any)["name"].(string)
	config := tg.ProviderBlock() + fmt.Sprintf(`
data "seam_device" "by_id" {
  device_id = %q
}
data "seam_device" "by_name" {
  name = %q
}
data "seam_devices" "locks" {
  device_type = "august_lock"
}
data "seam_devices" "front" {
  device_type = "august_lock"
  name_regex  = "^Fake August Lock 1$"
}
`, acctest.RawString(first, "device_id"), name)
	checks := expectDevice("data.seam_device.by_id", tfjsonpath.New, first)
	checks = append(checks, statecheck.ExpectKnownValue("data.seam_device.by_name", tfjsonpath.New("device_id"),
		knownvalue.StringExact(acctest.RawString(first, "device_id"))))
	ids := make([]knownvalue.Check, len(locks))
	for i, lock := range locks {
		ids[i] = knownvalue.StringExact(acctest.RawString(lock, "device_id"))
		checks = append(checks, expectDevice("data.seam_devices.locks", func(name string) tfjsonpath.Path {
			return tfjsonpath.New("devices").AtSliceIndex(i).AtMapKey(name)
		}, lock)...)
	}
	checks = append(checks,
		statecheck.ExpectKnownValue("data.seam_devices.locks", tfjsonpath.New("device_ids"), knownvalue.ListExact(ids)),
		statecheck.ExpectKnownValue("data.seam_devices.front", tfjsonpath.New("device_ids"),
			knownvalue.ListExact([]knownvalue.Check{knownvalue.StringExact(acctest.RawString(first, "device_id"))})))
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{{Config: config, ConfigStateChecks: checks}}})
}

// A name no device has, or one several devices share, is an error that says so and what to do.
func TestAccDeviceDataSource_aNameMustNameOneDevice(t *testing.T) {
	tg := acctest.Seam(t)
	tg.RequireFake(t)
	acctest.RunErrorCases(t, tg, []acctest.ErrorCase{
		{Name: "no device has it", Config: tg.ProviderBlock() + "data \"seam_device\" \"x\" {\n  name = \"Back gate\"\n}\n",
			Want: []string{"Device not found", `is named "Back gate"`, `data "seam_devices"`}},
		{Name: "several share it", Config: tg.ProviderBlock() + "data \"seam_device\" \"x\" {\n  name = \"Smart Device\"\n}\n",
			Want: []string{"More than one device has this name", `named "Smart Device"`, "august_device_1", "by device_id"}},
		{Name: "neither ID nor name", Config: tg.ProviderBlock() + "data \"seam_device\" \"x\" {}\n",
			Want: []string{"Missing Attribute Configuration", "device_id", "name"}},
		{Name: "a regular expression that does not compile", Config: tg.ProviderBlock() + "data \"seam_devices\" \"x\" {\n  name_regex = \"(\"\n}\n",
			Want: []string{"Invalid regular expression", "name_regex"}},
	})
}
