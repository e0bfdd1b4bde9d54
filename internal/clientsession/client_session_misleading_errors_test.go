package clientsession_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// Errors that used to blame the wrong thing: each must name the real cause. They use Seam's
// fake directly, where it answers as a real misconfiguration would.
func TestAccClientSessionDataSource_errorsNameTheRealCause(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	fake := tg.RequireFake(t)
	block := func(lines string) string {
		return fmt.Sprintf("provider \"seam\" {\n%s\n}\n", lines)
	}
	other := tg.CreateClientSession(t, map[string]any{"user_identifier_key": acctest.UniqueKey(t)})
	acctest.RunErrorCases(t, tg, []acctest.ErrorCase{
		{
			// The fake answers an unknown path with an empty 404, as a wrong path prefix does.
			Name: "an endpoint with a wrong path is not a missing session",
			Config: block(fmt.Sprintf("endpoint = %q\napi_key = %q", fake.URL+"/prefix", fakeseam.SeedAPIKey)) +
				`data "seam_client_session" "test" { client_session_id = "cst1" }`,
			Want: []string{"Unexpected response from the Seam API", `client_session_id "cst1" failed`, "HTTP 404", "check the endpoint, its path included"},
		},
		{
			// The fake answers a client session token with the token's own session, whatever it is asked.
			Name: "a client session token asking for another session",
			Config: block(fmt.Sprintf("endpoint = %q\nclient_session_token = %q", fake.URL, fakeseam.SeedCST)) +
				fmt.Sprintf(`data "seam_client_session" "test" { client_session_id = %q }`, rawID(other)),
			Want: []string{"A client session token reads only its own session", "the provider argument client_session_token",
				fmt.Sprintf("client_session_id %q", rawID(other)), "Remove client_session_id from this block"},
		},
		{
			// The fake does not scope get to the workspace; Seam does, and the provider checks.
			Name: "a personal access token's read of another workspace's session",
			Config: block(fmt.Sprintf("endpoint = %q\npersonal_access_token = %q\nworkspace_id = %q", fake.URL, fakeseam.SeedPAT, "seed_workspace_2")) +
				`data "seam_client_session" "test" { client_session_id = "cst1" }`,
			Want: []string{"Seam returned a client session of another workspace", `workspace "seed_workspace_2"`, `workspace "seed_workspace_1"`},
		},
		{
			Name: "an endpoint with a secret in its query",
			Config: block(fmt.Sprintf("endpoint = %q\napi_key = %q", "https://gw.example.com/seam?api_key=seam_apikey_in_the_query", fakeseam.SeedAPIKey)) +
				`data "seam_client_session" "test" { client_session_id = "cst1" }`,
			Want: []string{"Invalid Seam endpoint", "the endpoint https://gw.example.com/seam must not have a query"},
		},
		{
			Name: "an endpoint ending in a bare ?",
			Config: block(fmt.Sprintf("endpoint = %q\napi_key = %q", fake.URL+"/?", fakeseam.SeedAPIKey)) +
				`data "seam_client_session" "test" { client_session_id = "cst1" }`,
			Want: []string{"Invalid Seam endpoint", "must not have a query or a fragment; remove the ? or #"},
		},
	})
}

// A credential read with file() ends in a newline: it is trimmed, in the block and in the
// environment. Not parallel: it sets the process environment the in-process provider reads.
func TestAccProvider_credentialsWithSurroundingWhitespaceWork(t *testing.T) {
	tg := acctest.Seam(t)
	tg.RequireFake(t)
	seeded := tg.GetClientSession(t, fakeseam.SeedClientSessionID)
	read := `data "seam_client_session" "test" { client_session_id = "cst1" }`
	t.Run("api_key = file(...)", func(t *testing.T) {
		tg.Run(t, resource.TestCase{Steps: []resource.TestStep{{
			Config:            fmt.Sprintf("provider \"seam\" {\n endpoint = %q\n api_key = \"%s\\n\"\n}\n", tg.Endpoint, fakeseam.SeedAPIKey) + read,
			ConfigStateChecks: dataSourceChecks(seeded),
		}}})
	})
	t.Run("SEAM_PERSONAL_ACCESS_TOKEN and SEAM_WORKSPACE_ID from files", func(t *testing.T) {
		t.Setenv("SEAM_ENDPOINT", tg.Endpoint+"\n")
		t.Setenv("SEAM_PERSONAL_ACCESS_TOKEN", fakeseam.SeedPAT+"\n")
		t.Setenv("SEAM_WORKSPACE_ID", " "+fakeseam.SeedWorkspace+"\r\n")
		tg.Run(t, resource.TestCase{Steps: []resource.TestStep{{Config: read, ConfigStateChecks: dataSourceChecks(seeded)}}})
	})
}

// With no credential anywhere, a configuration of data sources can still be destroyed
// without refreshing; a plan that must read says what is missing, at the read.
func TestAccProvider_noCredentialIsNeededUntilACallNeedsSeam(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	tg.RequireFake(t)
	cliConfig := acctest.BuildProvider(t)
	config := fmt.Sprintf(`
terraform {
  required_providers {
    seam = { source = "seamapi/seam" }
  }
}
provider "seam" {
  endpoint = %q
}
data "seam_client_session" "test" {
  client_session_id = "cst1"
}
`, tg.Endpoint)
	dir := acctest.WriteConfig(t, config)
	out, err := acctest.Terraform(t, cliConfig, dir, "destroy", "-auto-approve", "-refresh=false")
	if err != nil {
		t.Fatalf("destroy without credentials failed: %v\n%s", err, out)
	}
	out, err = acctest.Terraform(t, cliConfig, dir, "plan")
	if err == nil {
		t.Fatalf("plan without credentials succeeded:\n%s", out)
	}
	if !acctest.ErrorMatching("No Seam credential", "data.seam_client_session.test", "SEAM_API_KEY").MatchString(out) {
		t.Errorf("plan output does not say at the read that the credential is missing:\n%s", out)
	}
}
