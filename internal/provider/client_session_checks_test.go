package provider_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/seamapi/terraform-provider-seam/internal/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// dataSourceChecks asserts every attribute of the data source, and that token is sensitive.
func dataSourceChecks(s seam.ClientSession) []statecheck.StateCheck {
	return append(sessionChecks(dataAddr, tfjsonpath.New[string], s),
		statecheck.ExpectSensitiveValue(dataAddr, tfjsonpath.New("token")))
}

// echoChecks asserts every attribute of an ephemeral result that the echo provider
// copied into echo.test's data.
func echoChecks(s seam.ClientSession) []statecheck.StateCheck {
	return sessionChecks(echoAddr, func(name string) tfjsonpath.Path { return tfjsonpath.New("data").AtMapKey(name) }, s)
}

// sessionChecks asserts every attribute, found at attr(name) in addr, against the session Seam holds.
func sessionChecks(addr string, attr func(string) tfjsonpath.Path, s seam.ClientSession) []statecheck.StateCheck {
	str := func(v *string) knownvalue.Check {
		if v == nil {
			return knownvalue.Null()
		}
		return knownvalue.StringExact(*v)
	}
	list := func(ids []string) knownvalue.Check {
		checks := make([]knownvalue.Check, len(ids))
		for i, id := range ids {
			checks[i] = knownvalue.StringExact(id)
		}
		return knownvalue.ListExact(checks)
	}
	expect := map[string]knownvalue.Check{
		"id":                    knownvalue.StringExact(s.ClientSessionID),
		"client_session_id":     knownvalue.StringExact(s.ClientSessionID),
		"user_identifier_key":   str(s.UserIdentifierKey),
		"token":                 knownvalue.StringExact(s.Token),
		"workspace_id":          knownvalue.StringExact(s.WorkspaceID),
		"created_at":            knownvalue.StringExact(s.CreatedAt.Format(time.RFC3339Nano)),
		"expires_at":            knownvalue.StringExact(s.ExpiresAt.Format(time.RFC3339Nano)),
		"device_count":          knownvalue.Int64Exact(s.DeviceCount),
		"connected_account_ids": list(s.ConnectedAccountIDs),
		"connect_webview_ids":   list(s.ConnectWebviewIDs),
		"user_identity_ids":     list(s.UserIdentityIDs),
		"user_identity_id":      str(s.UserIdentityID),
		"customer_key":          str(s.CustomerKey),
		"customer_id":           str(s.CustomerID),
	}
	var checks []statecheck.StateCheck
	for name, check := range expect {
		checks = append(checks, statecheck.ExpectKnownValue(addr, attr(name), check))
	}
	return checks
}

// uniqueKey is a user identifier key no other test uses.
func uniqueKey(t *testing.T) string {
	name := regexp.MustCompile(`[^a-zA-Z0-9]+`).ReplaceAllString(t.Name(), "_")
	return fmt.Sprintf("tf_acc_%s_%d", strings.ToLower(name), time.Now().UnixNano())
}

// errorMatching builds ExpectError from phrases that must all appear, in order,
// whatever Terraform's line wrapping does to the spaces between words.
func errorMatching(phrases ...string) *regexp.Regexp {
	parts := make([]string, len(phrases))
	for i, p := range phrases {
		parts[i] = strings.Join(strings.Fields(regexp.QuoteMeta(p)), `\s+`)
	}
	return regexp.MustCompile(`(?s)` + strings.Join(parts, ".*"))
}

// errorCase is a configuration that must fail with a message holding want, in order.
type errorCase struct {
	name   string
	config string
	want   []string
}

// runErrorCases runs each case as a parallel subtest of one plan that must fail.
func runErrorCases(t *testing.T, tg *acctest.Target, cases []errorCase, versionChecks ...tfversion.TerraformVersionCheck) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tg.Run(t, resource.TestCase{
				TerraformVersionChecks: versionChecks,
				Steps:                  []resource.TestStep{{Config: tc.config, ExpectError: errorMatching(tc.want...)}},
			})
		})
	}
}
