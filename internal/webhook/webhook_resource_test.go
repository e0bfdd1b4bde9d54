package webhook_test

import (
	"slices"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/compare"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

const resourceAddr = "seam_webhook.test"

// webhookExpectations is what each attribute must hold, from Seam's raw JSON: its event
// types, or ["*"] when they are every event type of Seam's OpenAPI.
func webhookExpectations(raw map[string]any) map[string]knownvalue.Check {
	r := acctest.RawChecks{Raw: raw}
	eventTypes := r.Set("event_types")
	if got, _ := raw["event_types"].([]any); everyEventType(got) {
		eventTypes = knownvalue.SetExact([]knownvalue.Check{knownvalue.StringExact("*")})
	}
	return map[string]knownvalue.Check{
		"id": r.String("webhook_id"), "webhook_id": r.String("webhook_id"), "url": r.String("url"),
		"event_types": eventTypes, "secret": r.String("secret"),
	}
}

func everyEventType(got []any) bool {
	for _, e := range seam.EventTypes {
		if !slices.Contains(got, any(e)) {
			return false
		}
	}
	return true
}

func expectAsSeamHasIt(t *testing.T, tg *acctest.Target) statecheck.StateCheck {
	return acctest.ExpectAsSeamHasIt(resourceAddr, func(id string) map[string]any {
		return tg.Object(t, "/webhooks/get", map[string]any{"webhook_id": id}, "webhook")
	}, webhookExpectations)
}

func hook(tg *acctest.Target, body string) string {
	return tg.ProviderBlock() + "resource \"seam_webhook\" \"test\" {\n" + body + "\n}\n"
}

func expect(checks ...plancheck.PlanCheck) resource.ConfigPlanChecks {
	return resource.ConfigPlanChecks{PreApply: checks}
}

// Create with Seam's default event types, no drift, event types updated in place (the secret
// kept), a new url replaces, import reads the secret back, deletion outside Terraform, destroy.
func TestAccWebhookResource_lifecycle(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	sameHook := statecheck.CompareValue(compare.ValuesSame())
	sameSecret := statecheck.CompareValue(compare.ValuesSame())
	otherHook := statecheck.CompareValue(compare.ValuesDiffer())
	tg.Run(t, resource.TestCase{
		CheckDestroy: tg.CheckGone(t, "seam_webhook", "/webhooks/get", "webhook_id", "webhook"),
		Steps: []resource.TestStep{
			{
				Config:           hook(tg, `  url = "https://ops.example.com/seam-events"`),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionCreate)),
				ConfigStateChecks: []statecheck.StateCheck{
					expectAsSeamHasIt(t, tg),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("event_types"),
						knownvalue.SetExact([]knownvalue.Check{knownvalue.StringExact("*")})),
					statecheck.ExpectSensitiveValue(resourceAddr, tfjsonpath.New("secret")),
					sameHook.AddStateValue(resourceAddr, tfjsonpath.New("id")),
					sameSecret.AddStateValue(resourceAddr, tfjsonpath.New("secret")),
					otherHook.AddStateValue(resourceAddr, tfjsonpath.New("id")),
				},
			},
			{
				Config: hook(tg, `
  url         = "https://ops.example.com/seam-events"
  event_types = ["connected_account.disconnected", "connected_account.connected"]
`),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionUpdate)),
				ConfigStateChecks: []statecheck.StateCheck{
					expectAsSeamHasIt(t, tg),
					sameHook.AddStateValue(resourceAddr, tfjsonpath.New("id")),
					sameSecret.AddStateValue(resourceAddr, tfjsonpath.New("secret")),
				},
			},
			{
				Config: hook(tg, `
  url         = "https://ops.example.com/seam-events"
  event_types = ["*"]
`),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionUpdate)),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("event_types"),
						knownvalue.SetExact([]knownvalue.Check{knownvalue.StringExact("*")})),
				},
			},
			{
				Config: hook(tg, `
  url         = "https://ops2.example.com/seam-events"
  event_types = ["connected_account.disconnected"]
`),
				ConfigPlanChecks: expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionDestroyBeforeCreate)),
				ConfigStateChecks: []statecheck.StateCheck{
					expectAsSeamHasIt(t, tg),
					otherHook.AddStateValue(resourceAddr, tfjsonpath.New("id")),
				},
			},
			{ResourceName: resourceAddr, ImportState: true, ImportStateVerify: true},
			{
				PreConfig: func() {
					if !srv.RemoveWebhook(srv.WebhookID("https://ops2.example.com/seam-events")) {
						t.Fatal("the stand-in had no webhook to remove")
					}
				},
				Config: hook(tg, `
  url         = "https://ops2.example.com/seam-events"
  event_types = ["connected_account.disconnected"]
`),
				ConfigPlanChecks:  expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionCreate)),
				ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg)},
			},
		},
	})
}

// Seam's own fake serves every webhook route but update: create, read, import and destroy run
// against it too, through the proxy that checks its traffic against Seam's OpenAPI.
func TestAccWebhookResource_onSeamsFake(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	config := hook(tg, `
  url         = "https://fake.example.com/seam-events"
  event_types = ["connected_account.connected"]
`)
	tg.Run(t, resource.TestCase{
		CheckDestroy: tg.CheckGone(t, "seam_webhook", "/webhooks/get", "webhook_id", "webhook"),
		Steps: []resource.TestStep{
			{Config: config, ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg)}},
			{ResourceName: resourceAddr, ImportState: true, ImportStateVerify: true},
		},
	})
}

// A url that is not an absolute https URL (or http to this machine), or no event type, is
// refused at plan time, saying why.
func TestAccWebhookResource_badValuesAreRefusedAtPlanTime(t *testing.T) {
	tg := acctest.FullAPI(t)
	acctest.RunErrorCases(t, tg, []acctest.ErrorCase{
		{Name: "a relative url", Config: hook(tg, `  url = "/seam-events"`),
			Want: []string{"url", "must be an absolute URL"}},
		{Name: "plain http to a remote host", Config: hook(tg, `  url = "http://ops.example.com/seam-events"`),
			Want: []string{"Webhook url not accepted", "plain http to a host that is not this machine", "Use https"}},
		{Name: "another scheme", Config: hook(tg, `  url = "ftp://ops.example.com/seam-events"`),
			Want: []string{"Webhook url not accepted", "has scheme ftp; use https"}},
		{Name: "no event type", Config: hook(tg, "  url = \"https://ops.example.com/e\"\n  event_types = []"),
			Want: []string{"event_types", "at least 1"}},
	})
}

// Plain http to this machine is a local receiver, and is accepted.
func TestAccWebhookResource_httpToLocalhostIsAccepted(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{{
		Config:            hook(tg, "  url = \"http://localhost:8080/seam-events\"\n  event_types = [\"lock.locked\"]"),
		ConfigStateChecks: []statecheck.StateCheck{expectAsSeamHasIt(t, tg)},
	}}})
}

// ["*"] stays as written while Seam's list holds every event type; a list narrowed outside
// Terraform is drift, planned back to every event, and then holds again.
func TestAccWebhookResource_aWildcardNarrowedOutsideTerraformIsDrift(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	config := hook(tg, "  url = \"https://narrowed.example.com/seam-events\"\n  event_types = [\"*\"]")
	wildcard := statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("event_types"),
		knownvalue.SetExact([]knownvalue.Check{knownvalue.StringExact("*")}))
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
		{Config: config, ConfigStateChecks: []statecheck.StateCheck{wildcard}},
		{
			PreConfig: func() {
				srv.SetWebhookEventTypes(srv.WebhookID("https://narrowed.example.com/seam-events"), []string{"lock.locked"})
			},
			Config:            config,
			ConfigPlanChecks:  expect(plancheck.ExpectResourceAction(resourceAddr, plancheck.ResourceActionUpdate)),
			ConfigStateChecks: []statecheck.StateCheck{wildcard, expectAsSeamHasIt(t, tg)},
		},
	}})
	if n := tg.Requests("/webhooks/update"); n != 1 {
		t.Errorf("%d updates reached Seam, want the 1 that restored every event", n)
	}
}
