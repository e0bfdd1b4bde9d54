package webhook_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// The data source reads the webhook Seam has, its secret sensitive; an ID Seam does not have
// is an error that names it.
func TestAccWebhookDataSource_readsWhatSeamHas(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	raw := tg.Object(t, "/webhooks/create", map[string]any{"url": "https://ds.example.com/events", "event_types": []string{"lock.locked"}}, "webhook")
	const addr = "data.seam_webhook.test"
	checks := []statecheck.StateCheck{statecheck.ExpectSensitiveValue(addr, tfjsonpath.New("secret"))}
	for name, check := range webhookExpectations(raw) {
		checks = append(checks, statecheck.ExpectKnownValue(addr, tfjsonpath.New(name), check))
	}
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config:            tg.ProviderBlock() + fmt.Sprintf(`data "seam_webhook" "test" { webhook_id = %q }`, acctest.RawString(raw, "webhook_id")),
			ConfigStateChecks: checks,
		}},
	})
	acctest.RunErrorCases(t, tg, []acctest.ErrorCase{{
		Name:   "not found",
		Config: tg.ProviderBlock() + `data "seam_webhook" "test" { webhook_id = "wh_nobody" }`,
		Want:   []string{"Webhook not found", `webhook_id "wh_nobody"`, "request ID"},
	}})
}
