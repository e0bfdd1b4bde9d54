package provider

import (
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timetypes/timetypes"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

func TestResolveConfig_mergesConfigurationOverEnvironment(t *testing.T) {
	cases := []struct {
		name         string
		edit         func(*providerModel)
		env          map[string]string
		wantKind     seam.CredentialKind
		wantSource   string
		wantWS       string
		wantEndpoint string
		wantRetries  int
		wantTimeout  time.Duration
		wantWarning  string
	}{
		{
			name: "defaults", env: map[string]string{"SEAM_API_KEY": "seam_key"},
			wantKind: seam.APIKey, wantSource: "the SEAM_API_KEY environment variable",
			wantEndpoint: seam.DefaultEndpoint, wantRetries: 2, wantTimeout: 30 * time.Second,
		},
		{
			name: "arguments beat variables",
			edit: func(m *providerModel) {
				m.ClientSessionToken = types.StringValue("seam_cst_x")
				m.Endpoint = types.StringValue("https://config.example")
				m.MaxRetries = types.Int64Value(0)
				m.RequestTimeout = timetypes.NewGoDurationValueFromStringMust("5s")
			},
			env: map[string]string{
				"SEAM_API_KEY": "seam_key", "SEAM_ENDPOINT": "https://env.example",
				"SEAM_MAX_RETRIES": "7", "SEAM_REQUEST_TIMEOUT": "1m",
			},
			wantKind: seam.ClientSessionToken, wantSource: "the provider argument client_session_token",
			wantEndpoint: "https://config.example", wantRetries: 0, wantTimeout: 5 * time.Second,
		},
		{
			name: "variables fill what the block leaves out",
			env: map[string]string{
				"SEAM_PERSONAL_ACCESS_TOKEN": "seam_at_x", "SEAM_WORKSPACE_ID": "ws_env",
				"SEAM_ENDPOINT": "https://env.example", "SEAM_MAX_RETRIES": "7", "SEAM_REQUEST_TIMEOUT": "1m",
			},
			wantKind: seam.PersonalAccessToken, wantSource: "the SEAM_PERSONAL_ACCESS_TOKEN environment variable", wantWS: "ws_env",
			wantEndpoint: "https://env.example", wantRetries: 7, wantTimeout: time.Minute,
		},
		{
			name:     "a token argument takes its workspace from the environment",
			edit:     func(m *providerModel) { m.PersonalAccessToken = types.StringValue("seam_at_x") },
			env:      map[string]string{"SEAM_WORKSPACE_ID": "ws_env"},
			wantKind: seam.PersonalAccessToken, wantSource: "the provider argument personal_access_token", wantWS: "ws_env",
			wantEndpoint: seam.DefaultEndpoint, wantRetries: 2, wantTimeout: 30 * time.Second,
		},
		{
			name:     "SEAM_WORKSPACE_ID is ignored for an API key",
			env:      map[string]string{"SEAM_API_KEY": "seam_key", "SEAM_WORKSPACE_ID": "ws_env"},
			wantKind: seam.APIKey, wantSource: "the SEAM_API_KEY environment variable",
			wantEndpoint: seam.DefaultEndpoint, wantRetries: 2, wantTimeout: 30 * time.Second,
		},
		{
			name:     "SEAM_API_URL is honoured with a warning",
			env:      map[string]string{"SEAM_API_KEY": "seam_key", "SEAM_API_URL": "https://old.example"},
			wantKind: seam.APIKey, wantSource: "the SEAM_API_KEY environment variable",
			wantEndpoint: "https://old.example", wantRetries: 2, wantTimeout: 30 * time.Second,
			wantWarning: "SEAM_API_URL is deprecated",
		},
		{
			name:     "SEAM_API_URL loses to SEAM_ENDPOINT",
			env:      map[string]string{"SEAM_API_KEY": "seam_key", "SEAM_API_URL": "https://old.example", "SEAM_ENDPOINT": "https://new.example"},
			wantKind: seam.APIKey, wantSource: "the SEAM_API_KEY environment variable",
			wantEndpoint: "https://new.example", wantRetries: 2, wantTimeout: 30 * time.Second,
			wantWarning: "SEAM_API_URL is ignored",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := nullProviderModel()
			if tc.edit != nil {
				tc.edit(&m)
			}
			got, diags := resolveConfig(m, func(k string) string { return tc.env[k] })
			if diags.HasError() {
				t.Fatalf("unexpected errors: %v", diags)
			}
			if got.credential.Kind() != tc.wantKind || got.credentialSource.String() != tc.wantSource || got.credential.WorkspaceID() != tc.wantWS {
				t.Errorf("credential %v from %q in %q; want %v from %q in %q",
					got.credential.Kind(), got.credentialSource, got.credential.WorkspaceID(), tc.wantKind, tc.wantSource, tc.wantWS)
			}
			if got.endpoint != tc.wantEndpoint || got.maxRetries != tc.wantRetries || got.requestTimeout != tc.wantTimeout {
				t.Errorf("endpoint %q retries %d timeout %s; want %q %d %s",
					got.endpoint, got.maxRetries, got.requestTimeout, tc.wantEndpoint, tc.wantRetries, tc.wantTimeout)
			}
			warnings := diags.Warnings()
			switch {
			case tc.wantWarning == "" && len(warnings) > 0:
				t.Errorf("unexpected warnings: %v", warnings)
			case tc.wantWarning != "" && (len(warnings) != 1 || !strings.Contains(warnings[0].Summary(), tc.wantWarning)):
				t.Errorf("warnings %v, want one about %q", warnings, tc.wantWarning)
			}
		})
	}
}

func TestResolveConfig_errorsNeverHoldTheSecret(t *testing.T) {
	const secret = "seam_cst_very_secret_value"
	for _, env := range []map[string]string{
		{"SEAM_API_KEY": secret},
		{"SEAM_PERSONAL_ACCESS_TOKEN": secret},
		{"SEAM_API_KEY": "seam_key", "SEAM_CLIENT_SESSION_TOKEN": secret},
	} {
		_, diags := resolveConfig(nullProviderModel(), func(k string) string { return env[k] })
		if !diags.HasError() {
			t.Fatalf("env %v: want an error", env)
		}
		for _, d := range diags {
			if strings.Contains(d.Summary()+d.Detail(), secret) {
				t.Errorf("diagnostic shows the secret: %s: %s", d.Summary(), d.Detail())
			}
		}
	}
}

// nullProviderModel is an empty provider block.
func nullProviderModel() providerModel {
	return providerModel{
		APIKey: types.StringNull(), PersonalAccessToken: types.StringNull(), WorkspaceID: types.StringNull(),
		ClientSessionToken: types.StringNull(), Endpoint: types.StringNull(), MaxRetries: types.Int64Null(),
		RequestTimeout: timetypes.NewGoDurationNull(),
	}
}
