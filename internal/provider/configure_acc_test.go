package provider_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/seamapi/terraform-provider-seam/internal/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/fakeseam"
)

const readSeeded = `data "seam_client_session" "test" { client_session_id = "cst1" }`

// TestProvider_configurationErrors drives Configure through Terraform: each bad provider
// block must fail the plan with a message that says what is wrong and where to fix it.
func TestProvider_configurationErrors(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	block := func(lines string) string {
		return fmt.Sprintf("provider \"seam\" {\n  endpoint = %q\n%s\n}\n", tg.Endpoint, lines) + readSeeded
	}
	runErrorCases(t, tg, []errorCase{
		{
			name:   "no credential",
			config: block(""),
			want:   []string{"No Seam credential", "SEAM_API_KEY", "SEAM_CLIENT_SESSION_TOKEN"},
		},
		{
			name:   "two credentials",
			config: block(fmt.Sprintf("api_key = %q\nclient_session_token = %q", fakeseam.SeedAPIKey, fakeseam.SeedCST)),
			want:   []string{"More than one Seam credential", "the provider argument api_key", "the provider argument client_session_token"},
		},
		{
			name:   "client session token given as api_key",
			config: block(fmt.Sprintf("api_key = %q", fakeseam.SeedCST)),
			want:   []string{"Seam credential in the wrong argument", "looks like a client session token", "Set it as client_session_token (or SEAM_CLIENT_SESSION_TOKEN)"},
		},
		{
			name:   "personal access token given as api_key",
			config: block(fmt.Sprintf("api_key = %q", fakeseam.SeedPAT)),
			want:   []string{"looks like a personal access token", "Set it as personal_access_token"},
		},
		{
			name:   "personal access token without a workspace",
			config: block(fmt.Sprintf("personal_access_token = %q", fakeseam.SeedPAT)),
			want:   []string{"Personal access token without a workspace", "workspace_id (or SEAM_WORKSPACE_ID)"},
		},
		{
			name:   "workspace with an API key",
			config: block(fmt.Sprintf("api_key = %q\nworkspace_id = %q", fakeseam.SeedAPIKey, fakeseam.SeedWorkspace)),
			want:   []string{"workspace_id without a personal access token"},
		},
		{
			name:   "plain http to a remote host",
			config: fmt.Sprintf("provider \"seam\" {\n endpoint = \"http://connect.getseam.com\"\n api_key = %q\n}\n", fakeseam.SeedAPIKey) + readSeeded,
			want:   []string{"Invalid Seam endpoint", "The provider argument endpoint", "plain http"},
		},
		{
			name:   "endpoint that is not a URL",
			config: fmt.Sprintf("provider \"seam\" {\n endpoint = \"connect.getseam.com\"\n api_key = %q\n}\n", fakeseam.SeedAPIKey) + readSeeded,
			want:   []string{"Invalid Seam endpoint", "not an absolute URL"},
		},
		{
			name:   "max_retries out of range",
			config: block(fmt.Sprintf("api_key = %q\nmax_retries = 11", fakeseam.SeedAPIKey)),
			want:   []string{"Invalid number", "max_retries is 11; it must be a whole number from 0 to 10"},
		},
		{
			name:   "max_retries that is not a whole number",
			config: block(fmt.Sprintf("api_key = %q\nmax_retries = 1.5", fakeseam.SeedAPIKey)),
			want:   []string{"Invalid number", "max_retries is 1.5; it must be a whole number from 0 to 10"},
		},
		{
			name:   "request_timeout that is not a duration",
			config: block(fmt.Sprintf("api_key = %q\nrequest_timeout = \"soon\"", fakeseam.SeedAPIKey)),
			want:   []string{"Invalid duration", `request_timeout is "soon"; it must be a Go duration such as "30s"`},
		},
		{
			name:   "request_timeout of zero",
			config: block(fmt.Sprintf("api_key = %q\nrequest_timeout = \"0s\"", fakeseam.SeedAPIKey)),
			want:   []string{"Invalid duration", `request_timeout is "0s"`, "above 0s and at most 10m0s"},
		},
		{
			name: "credential unknown until apply",
			config: `resource "terraform_data" "key" { input = "seam_apikey1_token" }` + "\n" +
				block("api_key = terraform_data.key.output"),
			want: []string{"Unknown Seam provider argument api_key", "not known until apply", "SEAM_API_KEY"},
		},
	})
}

// Not parallel: the cases set the process environment, which the in-process provider reads.
func TestProvider_environmentErrorsNameTheVariable(t *testing.T) {
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
				Steps: []resource.TestStep{{Config: readSeeded, ExpectError: errorMatching(tc.want...)}},
			})
		})
	}
}

// Configuration beats the environment: a credential argument wins over credential
// variables of any kind, which are then not read at all.
func TestProvider_configurationBeatsEnvironment(t *testing.T) {
	tg := acctest.Seam(t)
	tg.RequireFake(t)
	t.Setenv("SEAM_API_KEY", "seam_apikey_revoked")
	t.Setenv("SEAM_PERSONAL_ACCESS_TOKEN", fakeseam.SeedPAT)
	t.Setenv("SEAM_ENDPOINT", "http://127.0.0.1:1")
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config:            tg.ProviderBlock() + readSeeded,
			ConfigStateChecks: dataSourceChecks(tg.GetClientSession(t, fakeseam.SeedClientSessionID)),
		}},
	})
}
