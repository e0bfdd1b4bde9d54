package clientsession_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/compare"
	"github.com/hashicorp/terraform-plugin-testing/config"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// The same instant with an offset: created without an "inconsistent result", kept as
// written, no change at the next plan, and none after an import written the same way.
func TestAccClientSessionResource_expiresAtWithAnOffsetIsTheSameInstant(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	const written = "2031-06-01T14:30:00+02:00"
	config := sessionResource(tg, fmt.Sprintf("  user_identifier_key = %q\n  expires_at = %q", acctest.UniqueKey(t), written))
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				Config: config,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("expires_at"), knownvalue.StringExact(written)),
					expectSessionAsSeamHasIt(t, tg),
				},
			},
			{Config: config, ConfigPlanChecks: expectAction(plancheck.ResourceActionNoop)},
			{Config: config, ResourceName: resourceAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithID},
		},
	})
	if n := len(requestsTo(srv, "/client_sessions/create")); n != 1 {
		t.Errorf("%d creates, want 1", n)
	}
	if len(requestsTo(srv, "/client_sessions/grant_access")) != 0 {
		t.Error("the same instant written another way made a call")
	}
}

// Values unknown until apply plan what RequiresReplace plans, so apply never meets a
// final plan that differs from the one shown ("inconsistent final plan").
func TestAccClientSessionResource_valuesUnknownAtPlanTimeReplace(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		body    string
		vars    [2]config.Variables
		replace bool
	}{
		{
			name: "expires_at from another resource's output (the time_rotating pattern)",
			body: "  expires_at = terraform_data.source.output",
			vars: [2]config.Variables{{"upstream": config.StringVariable("2031-01-02T03:04:05Z")}, {"upstream": config.StringVariable("2032-01-02T03:04:05Z")}},
		},
		{
			name: "expires_at from timeadd(timestamp())",
			body: "  expires_at = timeadd(timestamp(), \"720h\")",
			vars: [2]config.Variables{{"upstream": config.StringVariable("a")}, {"upstream": config.StringVariable("a")}},
		},
		{
			name: "connected_account_ids from another resource, losing an ID",
			body: "  connected_account_ids = toset(split(\",\", terraform_data.source.output))",
			vars: [2]config.Variables{{"upstream": config.StringVariable("ca_1,ca_2")}, {"upstream": config.StringVariable("ca_1")}},
		},
		{
			name: "connected_account_ids from another resource, gaining an ID",
			body: "  connected_account_ids = toset(split(\",\", terraform_data.source.output))",
			vars: [2]config.Variables{{"upstream": config.StringVariable("ca_1")}, {"upstream": config.StringVariable("ca_1,ca_2")}},
		},
		{
			name: "user_identity_id from another resource, changing",
			body: "  user_identity_id = terraform_data.source.output",
			vars: [2]config.Variables{{"upstream": config.StringVariable("ui_1")}, {"upstream": config.StringVariable("ui_2")}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			cfg := tg.ProviderBlock() + `
variable "upstream" {
  type = string
}
resource "terraform_data" "source" {
  input = var.upstream
}
resource "seam_client_session" "test" {
` + tc.body + "\n}\n"
			session := statecheck.CompareValue(compare.ValuesDiffer())
			// timestamp() is unknown at every plan: each plan replaces, as Terraform shows it.
			everyPlanReplaces := strings.Contains(tc.body, "timestamp()")
			tg.Run(t, resource.TestCase{
				Steps: []resource.TestStep{
					{
						Config: cfg, ConfigVariables: tc.vars[0], ExpectNonEmptyPlan: everyPlanReplaces,
						ConfigStateChecks: []statecheck.StateCheck{session.AddStateValue(resourceAddr, tfjsonpath.New("id"))},
					},
					{
						Config: cfg, ConfigVariables: tc.vars[1],
						ConfigPlanChecks: expectAction(plancheck.ResourceActionReplace),
						ConfigStateChecks: []statecheck.StateCheck{
							session.AddStateValue(resourceAddr, tfjsonpath.New("id")),
							expectSessionAsSeamHasIt(t, tg),
						},
						ExpectNonEmptyPlan: everyPlanReplaces,
					},
				},
				CheckDestroy: expectNoSessionLeft(tg),
			})
		})
	}
}

// A key's session cannot have a successor under create_before_destroy: the error says so,
// and names the other cases where the key is taken.
func TestAccClientSessionResource_createBeforeDestroyWithAKeySaysWhy(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	key := acctest.UniqueKey(t)
	body := func(customer string) string {
		return fmt.Sprintf("  user_identifier_key = %q\n  customer_key = %q\n  lifecycle {\n    create_before_destroy = true\n  }", key, customer)
	}
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{
			{Config: sessionResource(tg, body("ck_1"))},
			{
				Config: sessionResource(tg, body("ck_2")),
				ExpectError: acctest.ErrorMatching("Client session already exists", "Seam allows one client session per user_identifier_key",
					"create_before_destroy", "needs sessions without a user_identifier_key", "another resource of this configuration",
					"nothing in Terraform manages", "import {"),
			},
		},
	})
}

// Rotation without an outage: no key and create_before_destroy; the new session (and its
// token) exists before the old one is deleted.
func TestAccClientSessionResource_createBeforeDestroyWithoutAKeyRotatesWithoutAGap(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	body := func(customer string) string {
		return fmt.Sprintf("  customer_key = %q\n  lifecycle {\n    create_before_destroy = true\n  }", customer)
	}
	token := statecheck.CompareValue(compare.ValuesDiffer())
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{
			{Config: sessionResource(tg, body("ck_1")), ConfigStateChecks: []statecheck.StateCheck{token.AddStateValue(resourceAddr, tfjsonpath.New("token"))}},
			{
				Config:           sessionResource(tg, body("ck_2")),
				ConfigPlanChecks: expectAction(plancheck.ResourceActionCreateBeforeDestroy),
				ConfigStateChecks: []statecheck.StateCheck{
					token.AddStateValue(resourceAddr, tfjsonpath.New("token")),
					expectSessionAsSeamHasIt(t, tg),
				},
			},
		},
		CheckDestroy: expectNoSessionLeft(tg),
	})
	var order []string
	for _, r := range srv.Requests() {
		if r.Path == "/client_sessions/create" || r.Path == "/client_sessions/delete" {
			order = append(order, strings.TrimPrefix(r.Path, "/client_sessions/"))
		}
	}
	if want := []string{"create", "create", "delete", "delete"}; !slices.Equal(order, want) {
		t.Errorf("writes in order %v, want %v: the successor must exist before the old session goes", order, want)
	}
}

// A personal access token switched to another workspace cannot see the session: that is an
// error naming both workspaces, not a deletion, and nothing is planned.
func TestAccClientSessionResource_aSwitchedWorkspaceIsAnErrorNotADeletion(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	provider := func(workspace string) string {
		return fmt.Sprintf("provider \"seam\" {\n  endpoint = %q\n  personal_access_token = %q\n  workspace_id = %q\n}\n", tg.Endpoint, fakeseam.SeedPAT, workspace)
	}
	resourceBlock := fmt.Sprintf("resource \"seam_client_session\" \"test\" {\n  user_identifier_key = %q\n}\n", acctest.UniqueKey(t))
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{
			{Config: provider(fakeseam.SeedWorkspace) + resourceBlock},
			{
				Config:      provider("seed_workspace_2") + resourceBlock,
				ExpectError: acctest.ErrorMatching("Client session is in another workspace", `workspace "seed_workspace_1"`, `workspace "seed_workspace_2"`, "stay live"),
			},
			{Config: provider(fakeseam.SeedWorkspace) + resourceBlock, ConfigPlanChecks: expectAction(plancheck.ResourceActionNoop)},
		},
	})
	if n := len(requestsTo(srv, "/client_sessions/create")); n != 1 {
		t.Errorf("%d creates, want 1: the switch made a second session", n)
	}
}

// A session that would be dead on arrival is refused at plan time, with an example.
func TestAccClientSessionResource_expiresAtInThePastIsRefusedAtPlanTime(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	acctest.RunErrorCases(t, tg, []acctest.ErrorCase{
		{Name: "in the past", Config: sessionResource(tg, `  expires_at = "2020-01-02T03:04:05+01:00"`),
			Want: []string{"expires_at is in the past", `"2020-01-02T03:04:05+01:00"`, "Set a time in the future, such as"}},
		{Name: "not RFC 3339", Config: sessionResource(tg, `  expires_at = "2031-06-01 14:30"`),
			Want: []string{"Invalid RFC 3339 time", `"2031-06-01 14:30"`, `such as "2027-06-01T12:00:00Z"`}},
	})
	if n := tg.Requests("/client_sessions/create"); n != 0 {
		t.Errorf("%d creates were sent for refused configurations", n)
	}
}

// An account that reached the session through its own Connect Webview is not drift; any
// other widening of a managed set is, and replaces the session to restore the configuration.
func TestAccClientSessionResource_accountsOfItsOwnWebviewsAreNotDrift(t *testing.T) {
	t.Parallel()
	for _, ownWebview := range []bool{true, false} {
		t.Run(fmt.Sprintf("through its own webview %v", ownWebview), func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			srv := tg.RequireStandIn(t)
			webview := srv.InsertWebview(fakeseam.SeedWorkspace)
			config := sessionResource(tg, fmt.Sprintf("  connected_account_ids = [\"ca_1\"]\n  connect_webview_ids = [%q]", webview))
			want := plancheck.ResourceActionNoop
			if !ownWebview {
				want = plancheck.ResourceActionReplace
			}
			tg.Run(t, resource.TestCase{
				Steps: []resource.TestStep{
					{Config: config},
					{
						PreConfig: func() {
							if ownWebview {
								srv.CompleteWebview(webview)
								return
							}
							for _, s := range srv.Sessions(fakeseam.SeedWorkspace) {
								srv.Update(s.ClientSessionID, func(s *standin.Session) {
									s.ConnectedAccountIDs = append(s.ConnectedAccountIDs, "ca_granted_elsewhere")
								})
							}
						},
						Config:           config,
						ConfigPlanChecks: expectAction(want),
					},
					// A grant later keeps the webview's account, and makes no "inconsistent result".
					{Config: sessionResource(tg, fmt.Sprintf("  connected_account_ids = [\"ca_1\", \"ca_2\"]\n  connect_webview_ids = [%q]", webview))},
				},
				CheckDestroy: expectNoSessionLeft(tg),
			})
		})
	}
}

// Seam may fill a field the configuration left out: the create keeps Seam's value, with no
// "inconsistent result", and the next plan is empty.
func TestAccClientSessionResource_fieldsSeamFillsAreKept(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	srv.FillOnCreate = func(s *standin.Session) {
		key, customer, customerID := "filled_key", "filled_customer_key", "filled_customer_id"
		s.UserIdentifierKey, s.CustomerKey, s.CustomerID = &key, &customer, &customerID
	}
	config := sessionResource(tg, `  connected_account_ids = ["ca_1"]`)
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				Config: config,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("user_identifier_key"), knownvalue.StringExact("filled_key")),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("customer_key"), knownvalue.StringExact("filled_customer_key")),
					statecheck.ExpectKnownValue(resourceAddr, tfjsonpath.New("customer_id"), knownvalue.StringExact("filled_customer_id")),
				},
			},
			{Config: config, ConfigPlanChecks: expectAction(plancheck.ResourceActionNoop)},
		},
	})
}
