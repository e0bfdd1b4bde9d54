package provider

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
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
				m.MaxRetries = types.NumberValue(big.NewFloat(0))
				m.RequestTimeout = shared.NewDuration("5s")
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
			name: "surrounding whitespace is trimmed, as from a file",
			edit: func(m *providerModel) {
				m.PersonalAccessToken = types.StringValue("seam_at_x\n")
				m.Endpoint = types.StringValue(" https://config.example/\n")
			},
			env:      map[string]string{"SEAM_WORKSPACE_ID": "\tws_env\r\n"},
			wantKind: seam.PersonalAccessToken, wantSource: "the provider argument personal_access_token", wantWS: "ws_env",
			wantEndpoint: "https://config.example/", wantRetries: 2, wantTimeout: 30 * time.Second,
		},
		{
			name:     "a credential variable read from a file, newline and all",
			env:      map[string]string{"SEAM_API_KEY": "seam_key\n", "SEAM_MAX_RETRIES": " 4\n", "SEAM_REQUEST_TIMEOUT": "10s\n"},
			wantKind: seam.APIKey, wantSource: "the SEAM_API_KEY environment variable",
			wantEndpoint: seam.DefaultEndpoint, wantRetries: 4, wantTimeout: 10 * time.Second,
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
			if diags.HasError() || got.missingCredential != nil {
				t.Fatalf("unexpected errors: %v %v", diags, got.missingCredential)
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

func TestResolveConfig_errorsNameWhereTheValueCameFrom(t *testing.T) {
	cases := []struct {
		name string
		edit func(*providerModel)
		env  map[string]string
		want []string
	}{
		{name: "SEAM_MAX_RETRIES above the range", env: map[string]string{"SEAM_API_KEY": "seam_key", "SEAM_MAX_RETRIES": "11"},
			want: []string{"Invalid SEAM_MAX_RETRIES", `"11"`, "whole number from 0 to 10"}},
		{name: "SEAM_MAX_RETRIES below the range", env: map[string]string{"SEAM_API_KEY": "seam_key", "SEAM_MAX_RETRIES": "-1"},
			want: []string{"Invalid SEAM_MAX_RETRIES", `"-1"`}},
		{name: "SEAM_REQUEST_TIMEOUT of zero", env: map[string]string{"SEAM_API_KEY": "seam_key", "SEAM_REQUEST_TIMEOUT": "0s"},
			want: []string{"Invalid SEAM_REQUEST_TIMEOUT", `"0s"`, "above zero and at most 10m0s"}},
		{name: "SEAM_REQUEST_TIMEOUT above the range", env: map[string]string{"SEAM_API_KEY": "seam_key", "SEAM_REQUEST_TIMEOUT": "11m"},
			want: []string{"Invalid SEAM_REQUEST_TIMEOUT", `"11m"`}},
		{name: "an empty credential argument", edit: func(m *providerModel) { m.APIKey = types.StringValue(" \n") },
			want: []string{"Invalid Seam credential", "The provider argument api_key: the API key is empty"}},
		{name: "a line break inside a credential variable", env: map[string]string{"SEAM_API_KEY": "seam_key\nseam_other"},
			want: []string{"Control character in api_key", "The SEAM_API_KEY environment variable holds a control character"}},
		{name: "a tab inside workspace_id", edit: func(m *providerModel) {
			m.PersonalAccessToken = types.StringValue("seam_at_x")
			m.WorkspaceID = types.StringValue("ws\tx")
		}, want: []string{"Control character in workspace_id", "The provider argument workspace_id"}},
		{name: "the wrong kind names the kind with its article", edit: func(m *providerModel) {
			m.APIKey = types.StringValue("seam_key")
			m.WorkspaceID = types.StringValue("ws")
		}, want: []string{"workspace_id without a personal access token", "the credential from the provider argument api_key is an API key"}},
		{name: "an endpoint with a secret in its query", env: map[string]string{"SEAM_API_KEY": "seam_key", "SEAM_ENDPOINT": "https://gw.example.com/seam?api_key=seam_secret_in_query"},
			want: []string{"Invalid Seam endpoint", "The SEAM_ENDPOINT environment variable: the endpoint https://gw.example.com/seam must not have a query"}},
		{name: "an endpoint ending in a bare ?", edit: func(m *providerModel) {
			m.APIKey = types.StringValue("seam_key")
			m.Endpoint = types.StringValue("https://connect.getseam.com/?")
		}, want: []string{"Invalid Seam endpoint", "remove the ? or #"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := nullProviderModel()
			if tc.edit != nil {
				tc.edit(&m)
			}
			_, diags := resolveConfig(m, func(k string) string { return tc.env[k] })
			if !diags.HasError() {
				t.Fatal("want an error")
			}
			var all strings.Builder
			for _, d := range diags.Errors() {
				all.WriteString(d.Summary() + ": " + d.Detail() + "\n")
			}
			for _, want := range tc.want {
				if !strings.Contains(all.String(), want) {
					t.Errorf("errors %q lack %q", all.String(), want)
				}
			}
			for _, secret := range []string{"seam_secret_in_query", "seam_other"} {
				if strings.Contains(all.String(), secret) {
					t.Errorf("errors show a secret: %s", all.String())
				}
			}
		})
	}
}

// With no credential anywhere, Configure succeeds, and the error waits for the first call.
func TestResolveConfig_noCredentialIsReportedLater(t *testing.T) {
	got, diags := resolveConfig(nullProviderModel(), func(string) string { return "" })
	if diags.HasError() {
		t.Fatalf("errors: %v", diags)
	}
	if got.missingCredential == nil || got.missingCredential.Summary() != "No Seam credential" ||
		!strings.Contains(got.missingCredential.Detail(), "SEAM_API_KEY") {
		t.Fatalf("missingCredential = %v", got.missingCredential)
	}
}

// nullProviderModel is an empty provider block.
func nullProviderModel() providerModel {
	return providerModel{
		APIKey: types.StringNull(), PersonalAccessToken: types.StringNull(), WorkspaceID: types.StringNull(),
		ClientSessionToken: types.StringNull(), Endpoint: types.StringNull(), MaxRetries: types.NumberNull(),
		RequestTimeout: shared.NewDurationNull(),
	}
}
