package seam

import (
	"errors"
	"strings"
	"testing"
)

func TestNewCredential_refusesWrongFormatsWithoutEchoingTheSecret(t *testing.T) {
	cases := []struct {
		name      string
		kind      CredentialKind
		secret    string
		workspace string
		want      string
	}{
		{"cst as api key", APIKey, "seam_cst1_secretvalue", "", "a client session token cannot be used as an API key"},
		{"pat as api key", APIKey, "seam_at1_secretvalue", "", "a personal access token cannot be used as an API key"},
		{"publishable key as api key", APIKey, "seam_pk1_secretvalue", "", "a publishable key cannot be used as an API key"},
		{"jwt as api key", APIKey, "eyJsecretvalue", "", "a console session token (JWT) cannot be used as an API key"},
		{"unknown format", APIKey, "secretvalue", "", "has an unknown format"},
		{"api key as cst", ClientSessionToken, "seam_apikey_secretvalue", "", "an API key cannot be used as a client session token"},
		{"api key as pat", PersonalAccessToken, "seam_apikey_secretvalue", "ws", "an API key cannot be used as a personal access token"},
		{"pat without workspace", PersonalAccessToken, "seam_at1_secretvalue", "", "the personal access token needs a workspace ID"},
		{"api key with workspace", APIKey, "seam_apikey_secretvalue", "ws", "the API key cannot be used with a workspace ID"},
		{"empty", ClientSessionToken, "", "", "the client session token is empty"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewCredential(tc.kind, tc.secret, tc.workspace)
			var credErr *CredentialError
			if !errors.As(err, &credErr) {
				t.Fatalf("want *CredentialError, got %v", err)
			}
			if credErr.Kind != tc.kind {
				t.Errorf("Kind = %v, want %v", credErr.Kind, tc.kind)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "secretvalue") {
				t.Errorf("error %q echoes the secret", err)
			}
		})
	}
}

func TestNewCredential_acceptsEachKind(t *testing.T) {
	cases := []struct {
		kind      CredentialKind
		secret    string
		workspace string
	}{
		{APIKey, testAPIKey, ""},
		{PersonalAccessToken, testPAT, "seed_workspace_1"},
		{ClientSessionToken, testCST, ""},
	}
	for _, tc := range cases {
		c, err := NewCredential(tc.kind, tc.secret, tc.workspace)
		if err != nil {
			t.Fatalf("%v: %v", tc.kind, err)
		}
		if c.Kind() != tc.kind || c.WorkspaceID() != tc.workspace {
			t.Errorf("got kind %v workspace %q, want %v %q", c.Kind(), c.WorkspaceID(), tc.kind, tc.workspace)
		}
	}
}
