package clientsession_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

func TestAccClientSessionDataSource_lookupByIDAndByKeyGiveTheSameSession(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	key := acctest.UniqueKey(t)
	created := tg.CreateClientSession(t, map[string]any{"user_identifier_key": key})
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				Config:            tg.ProviderBlock() + fmt.Sprintf(`data "seam_client_session" "test" { client_session_id = %q }`, rawID(created)),
				ConfigStateChecks: dataSourceChecks(created),
			},
			{
				Config:            tg.ProviderBlock() + fmt.Sprintf(`data "seam_client_session" "test" { user_identifier_key = %q }`, key),
				ConfigStateChecks: dataSourceChecks(created),
			},
		},
	})
}

func TestAccClientSessionDataSource_clientSessionTokenReadsItsOwnSessionWithoutAKey(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	tg.RequireFake(t)
	seeded := tg.GetClientSession(t, fakeseam.SeedClientSessionID)
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: fmt.Sprintf(`
provider "seam" {
  endpoint             = %q
  client_session_token = %q
}
data "seam_client_session" "test" {}
`, tg.Endpoint, fakeseam.SeedCST),
			ConfigStateChecks: append(dataSourceChecks(seeded),
				// Anchors on the fake's seed, so a change in the fake shows here.
				statecheck.ExpectKnownValue(dataAddr, tfjsonpath.New("user_identifier_key"), knownvalue.StringExact(fakeseam.SeedUserIdentifierKey)),
				statecheck.ExpectKnownValue(dataAddr, tfjsonpath.New("device_count"), knownvalue.Int64Exact(4)),
				statecheck.ExpectKnownValue(dataAddr, tfjsonpath.New("token"), knownvalue.StringExact(fakeseam.SeedCST)),
			),
		}},
	})
}

func TestAccClientSessionDataSource_eachCredentialKindFromConfig(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	tg.RequireFake(t)
	seeded := tg.GetClientSession(t, fakeseam.SeedClientSessionID)
	cases := map[string]string{
		"api key":               fmt.Sprintf("api_key = %q", fakeseam.SeedAPIKey),
		"personal access token": fmt.Sprintf("personal_access_token = %q\n  workspace_id = %q", fakeseam.SeedPAT, fakeseam.SeedWorkspace),
		"client session token":  fmt.Sprintf("client_session_token = %q", fakeseam.SeedCST),
	}
	for name, credential := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			tg.Run(t, resource.TestCase{
				Steps: []resource.TestStep{{
					Config: fmt.Sprintf("provider \"seam\" {\n  endpoint = %q\n  %s\n}\n", tg.Endpoint, credential) +
						fmt.Sprintf(`data "seam_client_session" "test" { client_session_id = %q }`, fakeseam.SeedClientSessionID),
					ConfigStateChecks: dataSourceChecks(seeded),
				}},
			})
		})
	}
}

// Not parallel: t.Setenv changes the process environment the in-process provider reads.
func TestAccClientSessionDataSource_eachCredentialKindFromEnvironment(t *testing.T) {
	tg := acctest.Seam(t)
	tg.RequireFake(t)
	seeded := tg.GetClientSession(t, fakeseam.SeedClientSessionID)
	cases := map[string]map[string]string{
		"SEAM_API_KEY":               {"SEAM_API_KEY": fakeseam.SeedAPIKey},
		"SEAM_PERSONAL_ACCESS_TOKEN": {"SEAM_PERSONAL_ACCESS_TOKEN": fakeseam.SeedPAT, "SEAM_WORKSPACE_ID": fakeseam.SeedWorkspace},
		"SEAM_CLIENT_SESSION_TOKEN":  {"SEAM_CLIENT_SESSION_TOKEN": fakeseam.SeedCST},
		"SEAM_API_URL (deprecated)":  {"SEAM_API_KEY": fakeseam.SeedAPIKey, "SEAM_API_URL": tg.Endpoint, "SEAM_ENDPOINT": ""},
	}
	for name, env := range cases {
		t.Run(name, func(t *testing.T) {
			t.Setenv("SEAM_ENDPOINT", tg.Endpoint)
			for k, v := range env {
				t.Setenv(k, v)
			}
			tg.Run(t, resource.TestCase{
				Steps: []resource.TestStep{{
					Config:            fmt.Sprintf(`data "seam_client_session" "test" { client_session_id = %q }`, fakeseam.SeedClientSessionID),
					ConfigStateChecks: dataSourceChecks(seeded),
				}},
			})
		})
	}
}

func TestAccClientSessionDataSource_errors(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	acctest.RunErrorCases(t, tg, []acctest.ErrorCase{
		{
			Name:   "not found names the key, its value and the request ID",
			Config: tg.ProviderBlock() + `data "seam_client_session" "test" { client_session_id = "does_not_exist" }`,
			Want:   []string{"Client session not found", `client_session_id "does_not_exist"`, "request ID"},
		},
		{
			Name:   "not found by user identifier key",
			Config: tg.ProviderBlock() + `data "seam_client_session" "test" { user_identifier_key = "nobody_has_this_key" }`,
			Want:   []string{"Client session not found", `user_identifier_key "nobody_has_this_key"`, "request ID"},
		},
		{
			Name:   "both keys is a plan-time error",
			Config: tg.ProviderBlock() + "data \"seam_client_session\" \"test\" {\n client_session_id = \"a\"\n user_identifier_key = \"b\"\n}",
			Want:   []string{"Invalid Attribute Combination", "cannot be configured together", "[client_session_id,user_identifier_key]"},
		},
		{
			Name:   "no key with an API key",
			Config: tg.ProviderBlock() + `data "seam_client_session" "test" {}`,
			Want:   []string{"No client session lookup key", "client session token", "an API key from the provider argument api_key"},
		},
		{
			Name:   "empty key",
			Config: tg.ProviderBlock() + `data "seam_client_session" "test" { user_identifier_key = "" }`,
			Want:   []string{"Invalid Attribute Value Length", "user_identifier_key"},
		},
		{
			Name: "rejected API key names its argument",
			Config: fmt.Sprintf("provider \"seam\" {\n endpoint = %q\n api_key = \"seam_apikey_not_a_real_key\"\n}\n", tg.Endpoint) +
				`data "seam_client_session" "test" { client_session_id = "cst1" }`,
			Want: []string{"Seam rejected the credential", "the provider argument api_key", "HTTP 401"},
		},
	})
}

func TestAccClientSessionDataSource_refusesADifferentSessionThanAskedFor(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	// A server that, like Seam's fake with both keys, answers with some other session.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"client_session":{"client_session_id":"someone_else","user_identifier_key":"other_user",` +
			`"workspace_id":"w","token":"seam_cst_other_users_token","created_at":"2025-06-15T16:54:17Z",` +
			`"expires_at":"2025-06-16T16:54:17Z","device_count":1,"connected_account_ids":[],"connect_webview_ids":[],"user_identity_ids":[]}}`))
	}))
	t.Cleanup(srv.Close)
	provider := fmt.Sprintf("provider \"seam\" {\n endpoint = %q\n api_key = %q\n}\n", srv.URL, fakeseam.SeedAPIKey)
	cases := []struct {
		config string
		want   []string
	}{
		{provider + `data "seam_client_session" "test" { client_session_id = "mine" }`,
			[]string{"Seam returned a different client session", `client_session_id "mine"`, `client_session_id "someone_else"`}},
		{provider + `data "seam_client_session" "test" { user_identifier_key = "me" }`,
			[]string{"Seam returned a different client session", `user_identifier_key "me"`, `whose user_identifier_key is "other_user"`}},
	}
	for _, tc := range cases {
		tg.Run(t, resource.TestCase{
			Steps: []resource.TestStep{{Config: tc.config, ExpectError: acctest.ErrorMatching(tc.want...)}},
		})
	}
}

// Every field Seam sends reaches its own attribute: the stand-in holds a session whose every
// field is set, each to a value no other field has, and the data source must show each.
func TestAccClientSessionDataSource_everyFieldReachesItsOwnAttribute(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	inserted := srv.Insert(fakeseam.SeedWorkspace, distinctSession)
	raw := tg.GetClientSession(t, inserted.ClientSessionID)
	for _, lookup := range []string{
		fmt.Sprintf("client_session_id = %q", inserted.ClientSessionID),
		fmt.Sprintf("user_identifier_key = %q", *inserted.UserIdentifierKey),
	} {
		tg.Run(t, resource.TestCase{Steps: []resource.TestStep{{
			Config:            tg.ProviderBlock() + `data "seam_client_session" "test" { ` + lookup + ` }`,
			ConfigStateChecks: dataSourceChecks(raw),
		}}})
	}
}

// distinctSession sets every field of a stand-in session, each to a value of its own.
func distinctSession(s *standin.Session) {
	str := func(v string) *string { return &v }
	s.UserIdentifierKey = str("distinct_user_key_" + s.ClientSessionID[:8])
	s.DeviceCount = 7
	s.ConnectedAccountIDs = []string{"ca_distinct_1", "ca_distinct_2"}
	s.ConnectWebviewIDs = []string{"cw_distinct_1"}
	s.UserIdentityIDs = []string{"ui_ids_distinct_1"}
	s.UserIdentityID = str("ui_distinct_1")
	s.CustomerKey = str("customer_key_distinct")
	s.CustomerID = str("customer_id_distinct")
	s.CreatedAt = s.CreatedAt.Add(-48 * time.Hour)
	s.ExpiresAt = s.CreatedAt.Add(31*24*time.Hour + 1500*time.Millisecond)
}
