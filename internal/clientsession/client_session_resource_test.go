package clientsession_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/compare"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// sessionResource is a provider block for tg and a seam_client_session "test" with body.
func sessionResource(tg *acctest.Target, body string) string {
	return tg.ProviderBlock() + "resource \"seam_client_session\" \"test\" {\n" + body + "\n}\n"
}

func expectAction(action plancheck.ResourceActionType) resource.ConfigPlanChecks {
	return resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(resourceAddr, action)}}
}

// Seam's fake serves create and get: the resource is created, read and imported against it.
// It has no delete route, so the last step forgets the session with a removed block.
func TestAccClientSessionResource_createReadAndImportOnSeamsFake(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	tg.RequireFake(t)
	config := sessionResource(tg, fmt.Sprintf(`
  user_identifier_key   = %q
  connected_account_ids = ["john_connected_account_id"]
`, acctest.UniqueKey(t)))
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				Config:           config,
				ConfigPlanChecks: expectAction(plancheck.ResourceActionCreate),
				ConfigStateChecks: []statecheck.StateCheck{
					expectSessionAsSeamHasIt(t, tg),
					statecheck.ExpectSensitiveValue(resourceAddr, tfjsonpath.New("token")),
				},
			},
			{Config: config, ResourceName: resourceAddr, ImportState: true, ImportStateVerify: true},
			{Config: config, ResourceName: resourceAddr, ImportState: true, ImportStateKind: resource.ImportBlockWithID},
			{Config: tg.ProviderBlock() + forget("seam_client_session.test")},
		},
	})
}

// Additions are granted in place, in one grant_access, and the session (and token) stay.
func TestAccClientSessionResource_grantsAdditionsInPlace(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	sameSession := statecheck.CompareValue(compare.ValuesSame())
	key := acctest.UniqueKey(t)
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				Config: sessionResource(tg, fmt.Sprintf(`
  user_identifier_key   = %q
  connected_account_ids = ["ca_front_door"]
`, key)),
				ConfigStateChecks: []statecheck.StateCheck{
					expectSessionAsSeamHasIt(t, tg),
					sameSession.AddStateValue(resourceAddr, tfjsonpath.New("token")),
				},
			},
			{
				Config: sessionResource(tg, fmt.Sprintf(`
  user_identifier_key   = %q
  connected_account_ids = ["ca_front_door", "ca_back_door"]
  connect_webview_ids   = ["cw_lobby"]
  user_identity_id      = "ui_kiosk"
`, key)),
				ConfigPlanChecks: expectAction(plancheck.ResourceActionUpdate),
				ConfigStateChecks: []statecheck.StateCheck{
					expectSessionAsSeamHasIt(t, tg),
					sameSession.AddStateValue(resourceAddr, tfjsonpath.New("token")),
				},
			},
		},
	})
	if srv := tg.StandIn; srv != nil {
		grants := requestsTo(srv, "/client_sessions/grant_access")
		if len(grants) != 1 || !strings.Contains(grants[0], `"ca_back_door"`) || strings.Contains(grants[0], `"ca_front_door"`) {
			t.Errorf("grant_access bodies %q; want one, holding only what was added", grants)
		}
	}
}

// Whatever grant_access cannot do replaces the session: a new session, a new token.
func TestAccClientSessionResource_replacesWhatCannotBeGranted(t *testing.T) {
	t.Parallel()
	base := map[string]string{
		"connected_account_ids": `["ca_1", "ca_2"]`,
		"user_identity_id":      `"ui_1"`,
		"customer_key":          `"ck_1"`,
		"customer_id":           `"cid_1"`,
		"expires_at":            `"2031-01-02T03:04:05.000Z"`,
	}
	changes := map[string][2]string{
		"removing a connected account":  {"connected_account_ids", `["ca_1"]`},
		"changing user_identity_id":     {"user_identity_id", `"ui_2"`},
		"changing user_identifier_key":  {"user_identifier_key", ""},
		"changing customer_key":         {"customer_key", `"ck_2"`},
		"changing customer_id":          {"customer_id", `"cid_2"`},
		"moving expires_at":             {"expires_at", `"2032-01-02T03:04:05.000Z"`},
		"setting expires_at on its own": {"expires_at", `"2031-01-02T03:04:05Z"`},
	}
	for name, change := range changes {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			key := acctest.UniqueKey(t)
			body := func(edit map[string]string) string {
				lines := []string{fmt.Sprintf("  user_identifier_key = %q", key)}
				for _, attr := range []string{"connected_account_ids", "user_identity_id", "customer_key", "customer_id", "expires_at"} {
					v := base[attr]
					if e, ok := edit[attr]; ok {
						v = e
					}
					lines = append(lines, fmt.Sprintf("  %s = %s", attr, v))
				}
				if _, ok := edit["user_identifier_key"]; ok {
					lines[0] = fmt.Sprintf("  user_identifier_key = %q", key+"_renamed")
				}
				return strings.Join(lines, "\n")
			}
			wantAction := plancheck.ResourceActionReplace
			if name == "setting expires_at on its own" {
				// The same instant written another way is no change at all.
				wantAction = plancheck.ResourceActionNoop
			}
			session := statecheck.CompareValue(compare.ValuesDiffer())
			if wantAction == plancheck.ResourceActionNoop {
				session = statecheck.CompareValue(compare.ValuesSame())
			}
			tg.Run(t, resource.TestCase{
				Steps: []resource.TestStep{
					{
						Config:            sessionResource(tg, body(nil)),
						ConfigStateChecks: []statecheck.StateCheck{session.AddStateValue(resourceAddr, tfjsonpath.New("id"))},
					},
					{
						Config:           sessionResource(tg, body(map[string]string{change[0]: change[1]})),
						ConfigPlanChecks: expectAction(wantAction),
						ConfigStateChecks: []statecheck.StateCheck{
							session.AddStateValue(resourceAddr, tfjsonpath.New("id")),
							expectSessionAsSeamHasIt(t, tg),
						},
					},
				},
				CheckDestroy: expectNoSessionLeft(tg),
			})
		})
	}
}

// A session is replaced when it is due: once it expires within renew_before, or, without
// renew_before, once it has expired (its token is of no use). Until then the plan keeps it.
func TestAccClientSessionResource_isReplacedWhenDue(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name        string
		renewBefore string
		// expiresIn is where the session's expiry is moved, out of band, before the last plan.
		expiresIn time.Duration
	}{
		{"ten days left, within a renew_before of 30 days", `renew_before = "720h"`, 10 * 24 * time.Hour},
		{"expired a minute ago, without renew_before", "", -time.Minute},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			srv := tg.RequireStandIn(t)
			config := sessionResource(tg, fmt.Sprintf("  user_identifier_key = %q\n  %s", acctest.UniqueKey(t), tc.renewBefore))
			session := statecheck.CompareValue(compare.ValuesDiffer())
			tg.Run(t, resource.TestCase{
				Steps: []resource.TestStep{
					{Config: config, ConfigStateChecks: []statecheck.StateCheck{session.AddStateValue(resourceAddr, tfjsonpath.New("id"))}},
					{Config: config, ConfigPlanChecks: expectAction(plancheck.ResourceActionNoop)},
					{
						PreConfig: func() {
							for _, s := range srv.Sessions(fakeseam.SeedWorkspace) {
								srv.Update(s.ClientSessionID, func(s *standin.Session) { s.ExpiresAt = time.Now().Add(tc.expiresIn) })
							}
						},
						Config:           config,
						ConfigPlanChecks: expectAction(plancheck.ResourceActionReplace),
						ConfigStateChecks: []statecheck.StateCheck{
							session.AddStateValue(resourceAddr, tfjsonpath.New("id")),
							expectSessionAsSeamHasIt(t, tg),
						},
					},
				},
			})
		})
	}
}

// A session deleted outside Terraform leaves the state at the next refresh, and is made again.
func TestAccClientSessionResource_outOfBandDeletionIsCreatedAgain(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	config := sessionResource(tg, fmt.Sprintf("  user_identifier_key = %q", acctest.UniqueKey(t)))
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{
			{Config: config},
			{
				PreConfig: func() {
					for _, s := range srv.Sessions(fakeseam.SeedWorkspace) {
						srv.Remove(s.ClientSessionID)
					}
				},
				Config:            config,
				ConfigPlanChecks:  expectAction(plancheck.ResourceActionCreate),
				ConfigStateChecks: []statecheck.StateCheck{expectSessionAsSeamHasIt(t, tg)},
			},
		},
		CheckDestroy: expectNoSessionLeft(tg),
	})
}

// A key the workspace already has is an error that names the session and shows the import block.
func TestAccClientSessionResource_existingKeyShowsHowToImport(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	key := acctest.UniqueKey(t)
	existing := tg.CreateClientSession(t, map[string]any{"user_identifier_key": key})
	creates := tg.Requests("/client_sessions/create")
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: sessionResource(tg, fmt.Sprintf("  user_identifier_key = %q", key)),
			ExpectError: acctest.ErrorMatching("Client session already exists", fmt.Sprintf("user_identifier_key %q: %s", key, rawID(existing)),
				"import {", "to = seam_client_session.", fmt.Sprintf("id = %q", rawID(existing)), "terraform import"),
		}},
	})
	if tg.Requests("/client_sessions/create") != creates {
		t.Error("the provider sent a create for a key it knew was taken")
	}
}

// A create whose answer is lost never leads to a second session.
func TestAccClientSessionResource_aLostAnswerNeverMakesASecondSession(t *testing.T) {
	t.Parallel()
	lost := standin.Fault{Status: 502, Body: "<html>502 Bad Gateway</html>", AfterHandling: true}
	cases := []struct {
		name     string
		faults   []standin.Fault
		withKey  bool
		extra    string
		wantErr  []string
		sessions int // in the workspace afterwards, before destroy
		creates  int
		// anotherClientMeanwhile makes a session under the key as the fault is served.
		anotherClientMeanwhile bool
	}{
		{name: "502 after Seam made it, with a key: adopted", faults: []standin.Fault{lost}, withKey: true, sessions: 1, creates: 1},
		{name: "timeout after Seam made it, with a key: adopted", withKey: true, sessions: 1, creates: 1, extra: "request_timeout = \"1s\"",
			faults: []standin.Fault{{Status: 200, AfterHandling: true, Delay: 5 * time.Second}}},
		{name: "503 before Seam made it, with a key: not made, not retried", faults: []standin.Fault{{Status: 503}}, withKey: true, sessions: 0, creates: 1,
			wantErr: []string{"Creating the client session failed", "HTTP 503", "no sign that the create took effect", "Applying again is safe"}},
		{name: "502 after Seam made it, without a key: the one new session adopted", faults: []standin.Fault{lost}, sessions: 1, creates: 1},
		{name: "429, then made", faults: []standin.Fault{{Status: 429, RetryAfter: "0"}}, withKey: true, sessions: 1, creates: 2},
		{name: "503, and meanwhile another client made a session under the key: not adopted", withKey: true, sessions: 1, creates: 1,
			faults: []standin.Fault{{Status: 503}}, anotherClientMeanwhile: true,
			wantErr: []string{"Client session may have been created", "differs from what this create asked for", "terraform import"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			srv := tg.RequireStandIn(t)
			key := acctest.UniqueKey(t)
			faults := slices.Clone(tc.faults)
			if tc.anotherClientMeanwhile {
				faults[0].Meanwhile = func() {
					srv.Insert(fakeseam.SeedWorkspace, func(s *standin.Session) {
						s.UserIdentifierKey, s.ConnectedAccountIDs = &key, []string{"ca_someone_else"}
					})
				}
			}
			srv.FailNext("/client_sessions/create", faults...)
			body := `  connected_account_ids = ["ca_1"]`
			if tc.withKey {
				body += fmt.Sprintf("\n  user_identifier_key = %q", key)
			}
			block := tg.ProviderBlock(tc.extra) + "resource \"seam_client_session\" \"test\" {\n" + body + "\n}\n"
			step := resource.TestStep{Config: block}
			if tc.wantErr != nil {
				step.ExpectError = acctest.ErrorMatching(tc.wantErr...)
			} else {
				step.ConfigStateChecks = []statecheck.StateCheck{expectSessionAsSeamHasIt(t, tg)}
			}
			steps := []resource.TestStep{step}
			tg.Run(t, resource.TestCase{
				Steps: steps,
				CheckDestroy: func(*terraform.State) error {
					// Checked before destroy would remove what the failed create left behind.
					return nil
				},
			})
			if got := len(requestsTo(srv, "/client_sessions/create")); got != tc.creates {
				t.Errorf("the provider sent %d creates, want %d", got, tc.creates)
			}
			left := len(srv.Sessions(fakeseam.SeedWorkspace))
			if tc.wantErr == nil {
				left++ // the test's destroy deleted the adopted session
			}
			if left != tc.sessions {
				t.Errorf("the workspace held %d sessions, want %d", left, tc.sessions)
			}
		})
	}
}

// Destroy deletes the session; a session already gone is no error.
func TestAccClientSessionResource_destroyDeletesAndAlreadyGoneIsSuccess(t *testing.T) {
	t.Parallel()
	for _, alreadyGone := range []bool{false, true} {
		t.Run(fmt.Sprintf("already gone %v", alreadyGone), func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			srv := tg.RequireStandIn(t)
			tg.Run(t, resource.TestCase{
				Steps: []resource.TestStep{{
					Config: sessionResource(tg, `  connect_webview_ids = ["cw_1"]`),
					Check: func(*terraform.State) error {
						if alreadyGone {
							srv.FailNext("/client_sessions/delete", standin.Fault{Status: 404,
								Body: `{"error":{"type":"client_session_not_found","message":"Could not find client session"},"ok":false}`})
						}
						return nil
					},
				}},
				CheckDestroy: func(*terraform.State) error {
					if n := len(requestsTo(srv, "/client_sessions/delete")); n != 1 {
						return fmt.Errorf("the provider sent %d deletes, want 1", n)
					}
					return nil
				},
			})
			if !alreadyGone && len(srv.Sessions(fakeseam.SeedWorkspace)) != 0 {
				t.Error("the session outlived its destroy")
			}
		})
	}
}

// Plan-time errors: no credential, or one that cannot manage sessions.
func TestAccClientSessionResource_credentialErrorsComeAtPlanTime(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	resourceBlock := "resource \"seam_client_session\" \"test\" {\n  user_identifier_key = \"x\"\n}\n"
	acctest.RunErrorCases(t, tg, []acctest.ErrorCase{
		{Name: "no credential", Config: fmt.Sprintf("provider \"seam\" {\n  endpoint = %q\n}\n", tg.Endpoint) + resourceBlock,
			Want: []string{"No Seam credential", "SEAM_API_KEY"}},
		{Name: "a client session token", Config: fmt.Sprintf("provider \"seam\" {\n  endpoint = %q\n  client_session_token = %q\n}\n", tg.Endpoint, fakeseam.SeedCST) + resourceBlock,
			Want: []string{"This needs an API key or a personal access token", "client session token"}},
	})
}

// forget is a removed block that takes addr out of the state without destroying it. OpenTofu's
// removed blocks forget by themselves (1.8 takes no lifecycle in them); Terraform's
// need destroy = false.
func forget(addr string) string {
	if acctest.OpenTofu() {
		return fmt.Sprintf("removed {\n  from = %s\n}\n", addr)
	}
	return fmt.Sprintf("removed {\n  from = %s\n  lifecycle {\n    destroy = false\n  }\n}\n", addr)
}

// expectNoSessionLeft checks, after destroy, that the stand-in's workspace holds no session.
func expectNoSessionLeft(tg *acctest.Target) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if tg.StandIn == nil {
			return nil
		}
		if left := tg.StandIn.Sessions(fakeseam.SeedWorkspace); len(left) != 0 {
			return fmt.Errorf("%d sessions outlived the destroy", len(left))
		}
		return nil
	}
}

// requestsTo is the bodies of the stand-in's requests to path.
func requestsTo(srv *standin.Server, path string) []string {
	var out []string
	for _, r := range srv.Requests() {
		if r.Path == path {
			out = append(out, string(r.Body))
		}
	}
	return out
}
