package provider

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

func TestLookupErrorDiagnostic_saysWhatWentWrongAndWhatToDo(t *testing.T) {
	byKey := seam.ClientSessionLookup{UserIdentifierKey: "jane_doe"}
	own := seam.ClientSessionLookup{}
	envKey := fromEnv(settingAPIKey, settingAPIKey.env)
	cases := []struct {
		name     string
		err      error
		lookup   seam.ClientSessionLookup
		summary  string
		detail   []string
		attrPath path.Path
	}{
		{
			name:     "not found by key",
			err:      &seam.APIError{StatusCode: 404, Type: "client_session_not_found", RequestID: "req_1"},
			lookup:   byKey,
			summary:  "Client session not found",
			detail:   []string{`user_identifier_key "jane_doe"`, "the SEAM_API_KEY environment variable", "HTTP 404", "(request ID req_1)"},
			attrPath: path.Root(attrUserIdentifierKey),
		},
		{
			name:    "own session not found",
			err:     &seam.APIError{StatusCode: 404, Type: "client_session_not_found"},
			lookup:  own,
			summary: "Client session not found",
			detail:  []string{"client session token from the SEAM_API_KEY environment variable", "deleted"},
		},
		{
			name:    "forbidden",
			err:     &seam.APIError{StatusCode: 403, Type: "forbidden", Message: "no access", RequestID: "req_2"},
			lookup:  byKey,
			summary: "Seam rejected the credential",
			detail:  []string{"from the SEAM_API_KEY environment variable", "HTTP 403 forbidden: no access", "request ID req_2", "workspace_id (or SEAM_WORKSPACE_ID)"},
		},
		{
			name:    "other API error",
			err:     &seam.APIError{StatusCode: 400, Type: "invalid_input", Message: "bad", RequestID: "req_3"},
			lookup:  byKey,
			summary: "Seam API error",
			detail:  []string{`user_identifier_key "jane_doe"`, "HTTP 400 invalid_input: bad", "request ID req_3"},
		},
		{
			name:    "timeout",
			err:     &seam.TransportError{Timeout: true, RequestTimeout: 30 * time.Second, Attempts: 3},
			lookup:  own,
			summary: "Seam API timed out",
			detail:  []string{"the client session token's own session", "within the request timeout of 30s", "after 3 attempts", "request_timeout (or SEAM_REQUEST_TIMEOUT)"},
		},
		{
			name:    "unreachable",
			err:     &seam.TransportError{Err: errors.New("connection refused"), Attempts: 3},
			lookup:  byKey,
			summary: "Cannot reach the Seam API",
			detail:  []string{"connection refused", "after 3 attempts", "HTTPS_PROXY"},
		},
		{
			name:    "unusable body",
			err:     &seam.ResponseError{StatusCode: 200, Problem: "it is not valid JSON (at byte 3)", RequestID: "req_4"},
			lookup:  byKey,
			summary: "Unexpected response from the Seam API",
			detail:  []string{"not valid JSON", "request ID req_4", "Check that the endpoint is Seam's API"},
		},
		{
			name:    "cancelled",
			err:     fmt.Errorf("seam: request cancelled after 1 attempt(s): %w", context.Canceled),
			lookup:  byKey,
			summary: "Client session read cancelled",
			detail:  []string{"Terraform stopped the read"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := lookupErrorDiagnostic(tc.err, tc.lookup, envKey)
			if d.Summary() != tc.summary {
				t.Errorf("summary %q, want %q", d.Summary(), tc.summary)
			}
			for _, want := range tc.detail {
				if !strings.Contains(d.Detail(), want) {
					t.Errorf("detail %q lacks %q", d.Detail(), want)
				}
			}
			withPath, ok := d.(interface{ Path() path.Path })
			wantPath := len(tc.attrPath.Steps()) > 0
			switch {
			case !wantPath && ok:
				t.Errorf("diagnostic is on path %s, want none", withPath.Path())
			case wantPath && (!ok || !withPath.Path().Equal(tc.attrPath)):
				t.Errorf("diagnostic is not on path %s", tc.attrPath)
			}
		})
	}
}
