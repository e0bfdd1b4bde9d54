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
)

// dataSourceChecks asserts every attribute of the data source against Seam's raw JSON for
// the session, and that token is sensitive.
func dataSourceChecks(raw map[string]any) []statecheck.StateCheck {
	return append(sessionChecks(dataAddr, tfjsonpath.New[string], raw),
		statecheck.ExpectSensitiveValue(dataAddr, tfjsonpath.New("token")))
}

// echoChecks asserts every attribute of an ephemeral result that the echo provider
// copied into echo.test's data.
func echoChecks(raw map[string]any) []statecheck.StateCheck {
	return sessionChecks(echoAddr, func(name string) tfjsonpath.Path { return tfjsonpath.New("data").AtMapKey(name) }, raw)
}

// sessionChecks asserts every attribute, found at attr(name) in addr, against raw: the
// session as Seam sent it, decoded as plain JSON, never through the provider's own types.
func sessionChecks(addr string, attr func(string) tfjsonpath.Path, raw map[string]any) []statecheck.StateCheck {
	var checks []statecheck.StateCheck
	for name, check := range expectedAttributes(raw) {
		checks = append(checks, statecheck.ExpectKnownValue(addr, attr(name), check))
	}
	return checks
}

// expectedAttributes is what each of a session's attributes must hold, from Seam's raw JSON.
func expectedAttributes(raw map[string]any) map[string]knownvalue.Check {
	str := func(field string) knownvalue.Check {
		if v, ok := raw[field].(string); ok {
			return knownvalue.StringExact(v)
		}
		return knownvalue.Null()
	}
	set := func(field string) knownvalue.Check {
		items, _ := raw[field].([]any)
		checks := make([]knownvalue.Check, len(items))
		for i, item := range items {
			id, _ := item.(string)
			checks[i] = knownvalue.StringExact(id)
		}
		return knownvalue.SetExact(checks)
	}
	count, _ := raw["device_count"].(float64)
	return map[string]knownvalue.Check{
		"id":                    str("client_session_id"),
		"client_session_id":     str("client_session_id"),
		"user_identifier_key":   str("user_identifier_key"),
		"token":                 str("token"),
		"workspace_id":          str("workspace_id"),
		"created_at":            sameInstant(raw["created_at"]),
		"expires_at":            sameInstant(raw["expires_at"]),
		"device_count":          knownvalue.Int64Exact(int64(count)),
		"connected_account_ids": set("connected_account_ids"),
		"connect_webview_ids":   set("connect_webview_ids"),
		"user_identity_ids":     set("user_identity_ids"),
		"user_identity_id":      str("user_identity_id"),
		"customer_key":          str("customer_key"),
		"customer_id":           str("customer_id"),
	}
}

// sameInstant checks an RFC 3339 string that names the same instant as want, Seam's string,
// however many digits of the second either writes.
func sameInstant(want any) knownvalue.Check { return instantCheck{want: fmt.Sprint(want)} }

type instantCheck struct{ want string }

func (c instantCheck) CheckValue(v any) error {
	got, ok := v.(string)
	if !ok {
		return fmt.Errorf("expected a timestamp string, got %T", v)
	}
	want, err := time.Parse(time.RFC3339Nano, c.want)
	if err != nil {
		return fmt.Errorf("Seam's value %q is not RFC 3339: %w", c.want, err)
	}
	at, err := time.Parse(time.RFC3339Nano, got)
	if err != nil {
		return fmt.Errorf("%q is not RFC 3339: %w", got, err)
	}
	if !at.Equal(want) {
		return fmt.Errorf("%s is not the instant %s", got, c.want)
	}
	return nil
}

func (c instantCheck) String() string { return "the instant " + c.want }

// rawID is a session's ID from Seam's raw JSON.
func rawID(raw map[string]any) string { return rawString(raw, "client_session_id") }

// rawString is a string field of Seam's raw JSON, or "" when it is absent or not a string.
func rawString(raw map[string]any, field string) string {
	s, _ := raw[field].(string)
	return s
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
