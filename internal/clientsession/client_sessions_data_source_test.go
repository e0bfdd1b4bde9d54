package clientsession_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/compare"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// listChecks asserts the list holds exactly raw's sessions, oldest first (then by ID), each
// item exactly the attributes of Seam's raw JSON but the token and user_identity_ids, and the
// tokens in the one sensitive map, by ID, only when withTokens.
func listChecks(raw []map[string]any, withTokens bool) []statecheck.StateCheck {
	ordered := slices.Clone(raw)
	slices.SortFunc(ordered, func(a, b map[string]any) int {
		ta, _ := time.Parse(time.RFC3339Nano, acctest.RawString(a, "created_at"))
		tb, _ := time.Parse(time.RFC3339Nano, acctest.RawString(b, "created_at"))
		if c := ta.Compare(tb); c != 0 {
			return c
		}
		return strings.Compare(rawID(a), rawID(b))
	})
	items := make([]knownvalue.Check, len(ordered))
	tokens := map[string]knownvalue.Check{}
	for i, s := range ordered {
		expected := acctest.ClientSessionExpectations(s)
		delete(expected, "token")
		delete(expected, "user_identity_ids")
		items[i] = knownvalue.ObjectExact(expected)
		tokens[rawID(s)] = knownvalue.StringExact(acctest.RawString(s, "token"))
	}
	checks := []statecheck.StateCheck{statecheck.ExpectKnownValue(listAddr, tfjsonpath.New("client_sessions"), knownvalue.ListExact(items))}
	if !withTokens {
		return append(checks, statecheck.ExpectKnownValue(listAddr, tfjsonpath.New("tokens"), knownvalue.Null()))
	}
	return append(checks,
		statecheck.ExpectKnownValue(listAddr, tfjsonpath.New("tokens"), knownvalue.MapExact(tokens)),
		statecheck.ExpectSensitiveValue(listAddr, tfjsonpath.New("tokens")))
}

// Each filter, against a workspace of sessions made to tell them apart.
func TestAccClientSessionsDataSource_eachFilterSelectsExactly(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	str := func(v string) *string { return &v }
	lobby := srv.Insert(fakeseam.SeedWorkspace, func(s *standin.Session) {
		s.UserIdentifierKey, s.ConnectWebviewIDs = str("lobby"), []string{"cw_lobby"}
	})
	srv.Insert(fakeseam.SeedWorkspace, func(s *standin.Session) {
		s.ConnectWebviewIDs, s.UserIdentityID, s.UserIdentityIDs = []string{"cw_lobby", "cw_garage"}, str("ui_guard"), []string{"ui_guard"}
	})
	srv.Insert(fakeseam.SeedWorkspace, func(s *standin.Session) { s.UserIdentifierKey = str("garage") })
	srv.Insert("seed_workspace_2", func(s *standin.Session) { s.ConnectWebviewIDs = []string{"cw_lobby"} })
	cases := []struct {
		name   string
		config string
		filter map[string]any
	}{
		{"no filter: the whole workspace", "", map[string]any{}},
		{"client_session_id", fmt.Sprintf("client_session_id = %q", lobby.ClientSessionID), map[string]any{"client_session_id": lobby.ClientSessionID}},
		{"user_identifier_key", `user_identifier_key = "garage"`, map[string]any{"user_identifier_key": "garage"}},
		{"connect_webview_id", `connect_webview_id = "cw_lobby"`, map[string]any{"connect_webview_id": "cw_lobby"}},
		{"user_identity_id", `user_identity_id = "ui_guard"`, map[string]any{"user_identity_id": "ui_guard"}},
		{"without_user_identifier_key", `without_user_identifier_key = true`, map[string]any{"without_user_identifier_key": true}},
		{"two filters", "connect_webview_id = \"cw_lobby\"\n  without_user_identifier_key = true", map[string]any{"connect_webview_id": "cw_lobby", "without_user_identifier_key": true}},
		{"nothing matches: an empty list", `user_identifier_key = "nobody"`, map[string]any{"user_identifier_key": "nobody"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			raw := tg.ListClientSessions(t, tc.filter)
			if tc.name == "nothing matches: an empty list" && len(raw) != 0 {
				t.Fatalf("the stand-in matched %d sessions", len(raw))
			}
			tg.Run(t, resource.TestCase{Steps: []resource.TestStep{{
				Config:            tg.ProviderBlock() + "data \"seam_client_sessions\" \"test\" {\n  " + tc.config + "\n}\n",
				ConfigStateChecks: listChecks(raw, false),
			}}})
		})
	}
}

// Tokens are null unless asked for, and sensitive when they are; the order is oldest
// first, then by ID, whatever order Seam answers in (the stand-in answers newest first).
func TestAccClientSessionsDataSource_tokensOnlyWhenAskedAndAStableOrder(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	at := time.Now().Add(-time.Hour).Truncate(time.Millisecond)
	for _, offset := range []time.Duration{time.Minute, -time.Minute} {
		srv.Insert(fakeseam.SeedWorkspace, func(s *standin.Session) { s.CreatedAt = at.Add(offset) })
	}
	// Two made at the same millisecond, the later-made with the lower ID: Seam's order and
	// the ID order disagree, so only the tie-break by ID gives the order the test expects.
	for _, id := range []string{"ffffffff-ffff-4fff-bfff-ffffffffffff", "00000000-0000-4000-8000-000000000001"} {
		srv.Insert(fakeseam.SeedWorkspace, func(s *standin.Session) { s.ClientSessionID, s.CreatedAt = id, at })
	}
	raw := tg.ListClientSessions(t, map[string]any{})
	sameID := statecheck.CompareValue(compare.ValuesSame())
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
		{
			Config:            tg.ProviderBlock() + `data "seam_client_sessions" "test" {}`,
			ConfigStateChecks: append(listChecks(raw, false), sameID.AddStateValue(listAddr, tfjsonpath.New("id"))),
		},
		{
			Config:            tg.ProviderBlock() + `data "seam_client_sessions" "test" { include_tokens = false }`,
			ConfigStateChecks: []statecheck.StateCheck{sameID.AddStateValue(listAddr, tfjsonpath.New("id"))},
		},
		{
			Config:            tg.ProviderBlock() + `data "seam_client_sessions" "test" { include_tokens = true }`,
			ConfigStateChecks: listChecks(raw, true),
		},
	}})
}

// Listing needs an API key or a personal access token: a client session token fails the plan.
func TestAccClientSessionsDataSource_clientSessionTokenIsAPlanTimeError(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	own := srv.Insert(fakeseam.SeedWorkspace, nil)
	before := tg.Requests("/client_sessions/list")
	tg.Run(t, resource.TestCase{Steps: []resource.TestStep{{
		Config: fmt.Sprintf("provider \"seam\" {\n  endpoint = %q\n  client_session_token = %q\n}\n", tg.Endpoint, own.Token) +
			`data "seam_client_sessions" "test" {}`,
		ExpectError: acctest.ErrorMatching("This needs an API key or a personal access token", "Listing client sessions",
			"the provider argument client_session_token is a client session token"),
	}}})
	if tg.Requests("/client_sessions/list") != before {
		t.Error("the provider sent the list request")
	}
}

// One read is one request, however many sessions it returns: a plan of the real binary.
func TestAccClientSessionsDataSource_oneReadIsOneRequest(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	for range 50 {
		srv.Insert(fakeseam.SeedWorkspace, nil)
	}
	cliConfig := acctest.BuildProvider(t)
	dir := acctest.WriteConfig(t, tg.BinaryProviderBlock()+`
data "seam_client_sessions" "test" {}
output "count" { value = length(data.seam_client_sessions.test.client_sessions) }
`)
	out, err := acctest.Terraform(t, cliConfig, dir, "plan")
	if err != nil {
		t.Fatalf("plan: %v\n%s", err, out)
	}
	if !strings.Contains(out, "count = 50") {
		t.Errorf("the plan does not show the 50 sessions:\n%s", out)
	}
	if sent := tg.Requests("/client_sessions/list"); sent != 1 {
		t.Errorf("the plan sent %d list requests, want 1", sent)
	}
}
