package provider_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

const readSeeded = `data "seam_client_session" "test" { client_session_id = "cst1" }`

// TestProvider_configurationErrors drives Configure through Terraform: each bad provider
// block must fail the plan with a message that says what is wrong and where to fix it.
func TestAccProvider_configurationErrors(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	block := func(lines string) string {
		return fmt.Sprintf("provider \"seam\" {\n  endpoint = %q\n%s\n}\n", tg.Endpoint, lines) + readSeeded
	}
	acctest.RunErrorCases(t, tg, []acctest.ErrorCase{
		{
			Name:   "no credential",
			Config: block(""),
			Want:   []string{"No Seam credential", "SEAM_API_KEY", "SEAM_CLIENT_SESSION_TOKEN"},
		},
		{
			Name:   "two credentials",
			Config: block(fmt.Sprintf("api_key = %q\nclient_session_token = %q", fakeseam.SeedAPIKey, fakeseam.SeedCST)),
			Want:   []string{"More than one Seam credential", "the provider argument api_key", "the provider argument client_session_token"},
		},
		{
			Name:   "client session token given as api_key",
			Config: block(fmt.Sprintf("api_key = %q", fakeseam.SeedCST)),
			Want:   []string{"Seam credential in the wrong argument", "looks like a client session token", "Set it as client_session_token (or SEAM_CLIENT_SESSION_TOKEN)"},
		},
		{
			Name:   "personal access token given as api_key",
			Config: block(fmt.Sprintf("api_key = %q", fakeseam.SeedPAT)),
			Want:   []string{"looks like a personal access token", "Set it as personal_access_token"},
		},
		{
			Name:   "personal access token without a workspace",
			Config: block(fmt.Sprintf("personal_access_token = %q", fakeseam.SeedPAT)),
			Want:   []string{"Personal access token without a workspace", "workspace_id (or SEAM_WORKSPACE_ID)"},
		},
		{
			Name:   "workspace with an API key",
			Config: block(fmt.Sprintf("api_key = %q\nworkspace_id = %q", fakeseam.SeedAPIKey, fakeseam.SeedWorkspace)),
			Want:   []string{"workspace_id without a personal access token"},
		},
		{
			Name:   "plain http to a remote host",
			Config: fmt.Sprintf("provider \"seam\" {\n endpoint = \"http://connect.getseam.com\"\n api_key = %q\n}\n", fakeseam.SeedAPIKey) + readSeeded,
			Want:   []string{"Invalid Seam endpoint", "The provider argument endpoint", "plain http"},
		},
		{
			Name:   "endpoint that is not a URL",
			Config: fmt.Sprintf("provider \"seam\" {\n endpoint = \"connect.getseam.com\"\n api_key = %q\n}\n", fakeseam.SeedAPIKey) + readSeeded,
			Want:   []string{"Invalid Seam endpoint", "not an absolute URL"},
		},
		{
			Name:   "max_retries out of range",
			Config: block(fmt.Sprintf("api_key = %q\nmax_retries = 11", fakeseam.SeedAPIKey)),
			Want:   []string{"Invalid number", "max_retries is 11; it must be a whole number from 0 to 10"},
		},
		{
			Name:   "max_retries that is not a whole number",
			Config: block(fmt.Sprintf("api_key = %q\nmax_retries = 1.5", fakeseam.SeedAPIKey)),
			Want:   []string{"Invalid number", "max_retries is 1.5; it must be a whole number from 0 to 10"},
		},
		{
			Name:   "request_timeout that is not a duration",
			Config: block(fmt.Sprintf("api_key = %q\nrequest_timeout = \"soon\"", fakeseam.SeedAPIKey)),
			Want:   []string{"Invalid duration", `request_timeout is "soon"; it must be a Go duration such as "30s"`},
		},
		{
			Name:   "request_timeout of zero",
			Config: block(fmt.Sprintf("api_key = %q\nrequest_timeout = \"0s\"", fakeseam.SeedAPIKey)),
			Want:   []string{"Invalid duration", `request_timeout is "0s"`, "above 0s and at most 10m0s"},
		},
		{
			Name: "credential unknown until apply",
			Config: `resource "terraform_data" "key" { input = "seam_apikey1_token" }` + "\n" +
				block("api_key = terraform_data.key.output"),
			Want: []string{"Unknown Seam provider argument api_key", "not known until apply", "SEAM_API_KEY"},
		},
	})
}

// Not parallel: the cases set the process environment, which the in-process provider reads.
func TestAccProvider_environmentErrorsNameTheVariable(t *testing.T) {
	tg := acctest.Seam(t)
	cases := []struct {
		name string
		env  map[string]string
		want []string
	}{
		{
			name: "two credentials in the environment",
			env:  map[string]string{"SEAM_API_KEY": fakeseam.SeedAPIKey, "SEAM_PERSONAL_ACCESS_TOKEN": fakeseam.SeedPAT},
			want: []string{"More than one Seam credential", "the environment has 2", "SEAM_API_KEY environment variable", "SEAM_PERSONAL_ACCESS_TOKEN environment variable"},
		},
		{
			name: "wrong prefix in SEAM_API_KEY",
			env:  map[string]string{"SEAM_API_KEY": fakeseam.SeedCST},
			want: []string{"The value of the SEAM_API_KEY environment variable looks like a client session token"},
		},
		{
			name: "rejected key names SEAM_API_KEY",
			env:  map[string]string{"SEAM_API_KEY": "seam_apikey_revoked"},
			want: []string{"Seam rejected the credential", "from the SEAM_API_KEY environment variable"},
		},
		{
			name: "SEAM_MAX_RETRIES not a number",
			env:  map[string]string{"SEAM_API_KEY": fakeseam.SeedAPIKey, "SEAM_MAX_RETRIES": "lots"},
			want: []string{"Invalid SEAM_MAX_RETRIES", `"lots"`, "from 0 to 10"},
		},
		{
			name: "SEAM_REQUEST_TIMEOUT not a duration",
			env:  map[string]string{"SEAM_API_KEY": fakeseam.SeedAPIKey, "SEAM_REQUEST_TIMEOUT": "30"},
			want: []string{"Invalid SEAM_REQUEST_TIMEOUT", `"30"`, `"30s"`},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("SEAM_ENDPOINT", tg.Endpoint)
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			tg.Run(t, resource.TestCase{
				Steps: []resource.TestStep{{Config: readSeeded, ExpectError: acctest.ErrorMatching(tc.want...)}},
			})
		})
	}
}

// Configuration beats the environment: a credential argument wins over credential
// variables of any kind, which are then not read at all.
func TestAccProvider_configurationBeatsEnvironment(t *testing.T) {
	tg := acctest.Seam(t)
	tg.RequireFake(t)
	t.Setenv("SEAM_API_KEY", "seam_apikey_revoked")
	t.Setenv("SEAM_PERSONAL_ACCESS_TOKEN", fakeseam.SeedPAT)
	t.Setenv("SEAM_ENDPOINT", "http://127.0.0.1:1")
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config:            tg.ProviderBlock() + readSeeded,
			ConfigStateChecks: acctest.ClientSessionDataSourceChecks("data.seam_client_session.test", tg.GetClientSession(t, fakeseam.SeedClientSessionID)),
		}},
	})
}
