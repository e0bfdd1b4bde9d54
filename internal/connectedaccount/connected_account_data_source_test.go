package connectedaccount_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

func accountChecks(raw map[string]any) map[string]knownvalue.Check {
	r := acctest.RawChecks{Raw: raw}
	metadata := map[string]knownvalue.Check{}
	m, _ := raw["custom_metadata"].(map[string]any)
	for k, v := range m {
		metadata[k] = knownvalue.StringExact(fmt.Sprint(v))
	}
	return map[string]knownvalue.Check{
		"id": r.String("connected_account_id"), "connected_account_id": r.String("connected_account_id"),
		"account_type": r.String("account_type"), "account_type_display_name": r.String("account_type_display_name"),
		"display_name": r.String("display_name"), "customer_key": r.String("customer_key"), "created_at": r.Instant("created_at"),
		"automatically_manage_new_devices": r.Bool("automatically_manage_new_devices"),
		"accepted_capabilities":            r.Set("accepted_capabilities"), "custom_metadata": knownvalue.MapExact(metadata),
	}
}

// A connected account read by ID holds Seam's; seam_connected_accounts lists the workspace's,
// in Seam's order: against Seam's fake and its seeded accounts.
func TestAccConnectedAccountDataSources_readSeamsAccounts(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	tg.RequireFake(t)
	accounts := tg.Objects(t, "/connected_accounts/list", map[string]any{}, "connected_accounts")
	if len(accounts) == 0 {
		t.Fatal("Seam's fake has no connected account to read")
	}
	config := tg.ProviderBlock() + fmt.Sprintf(`
data "seam_connected_account" "first" {
  connected_account_id = %q
}
data "seam_connected_accounts" "all" {}
`, acctest.RawString(accounts[0], "connected_account_id"))
	var checks []statecheck.StateCheck
	for name, check := range accountChecks(accounts[0]) {
		checks = append(checks, statecheck.ExpectKnownValue("data.seam_connected_account.first", tfjsonpath.New(name), check))
	}
	ids := make([]knownvalue.Check, len(accounts))
	for i, a := range accounts {
		ids[i] = knownvalue.StringExact(acctest.RawString(a, "connected_account_id"))
		for name, check := range accountChecks(a) {
			checks = append(checks, statecheck.ExpectKnownValue("data.seam_connected_accounts.all",
				tfjsonpath.New("connected_accounts").AtSliceIndex(i).AtMapKey(name), check))
		}
	}
	checks = append(checks, statecheck.ExpectKnownValue("data.seam_connected_accounts.all", tfjsonpath.New("connected_account_ids"),
		knownvalue.ListExact(ids)))
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{{Config: config, ConfigStateChecks: checks}}})
}

// An account Seam does not have is an error naming the ID.
func TestAccConnectedAccountDataSource_notFoundNamesTheID(t *testing.T) {
	tg := acctest.Seam(t)
	tg.RequireFake(t)
	acctest.RunErrorCases(t, tg, []acctest.ErrorCase{{Name: "unknown",
		Config: tg.ProviderBlock() + "data \"seam_connected_account\" \"x\" {\n  connected_account_id = \"no_such_account\"\n}\n",
		Want:   []string{"Connected account not found", `connected_account_id "no_such_account"`}}})
}
