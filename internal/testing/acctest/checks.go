package acctest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tfjson "github.com/hashicorp/terraform-json"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"
)

// ExpectNoSecretInState fails when any of secrets appears anywhere in the state,
// whatever resource or attribute holds it.
func ExpectNoSecretInState(secrets ...string) statecheck.StateCheck {
	return noSecretInState(secrets)
}

type noSecretInState []string

func (secrets noSecretInState) CheckState(_ context.Context, req statecheck.CheckStateRequest, resp *statecheck.CheckStateResponse) {
	raw, err := json.Marshal(req.State)
	if err != nil {
		resp.Error = err
		return
	}
	if len(raw) < 50 {
		resp.Error = fmt.Errorf("the state is unexpectedly empty: %s", raw)
		return
	}
	for i, secret := range secrets {
		if strings.Contains(string(raw), secret) {
			resp.Error = fmt.Errorf("the state holds secret number %d of the check", i+1)
			return
		}
	}
}

// ExpectAsSeamHasIt checks the attributes of the resource at addr against Seam's raw JSON
// for the object whose ID the state holds: get fetches that JSON when the check runs, and
// expect says what each attribute must hold.
func ExpectAsSeamHasIt(addr string, get func(id string) map[string]any, expect func(raw map[string]any) map[string]knownvalue.Check) statecheck.StateCheck {
	return asSeamHasIt{addr: addr, get: get, expect: expect}
}

type asSeamHasIt struct {
	addr   string
	get    func(string) map[string]any
	expect func(map[string]any) map[string]knownvalue.Check
}

func (c asSeamHasIt) CheckState(_ context.Context, req statecheck.CheckStateRequest, resp *statecheck.CheckStateResponse) {
	values, err := ResourceValues(req.State, c.addr)
	if err != nil {
		resp.Error = err
		return
	}
	id, _ := values["id"].(string)
	var errs []error
	for name, check := range c.expect(c.get(id)) {
		if err := check.CheckValue(values[name]); err != nil {
			errs = append(errs, fmt.Errorf("%s.%s: %w", c.addr, name, err))
		}
	}
	resp.Error = errors.Join(errs...)
}

// ResourceValues are the attribute values of the resource at addr in state.
func ResourceValues(state *tfjson.State, addr string) (map[string]any, error) {
	if state == nil || state.Values == nil || state.Values.RootModule == nil {
		return nil, errors.New("the state is empty")
	}
	for _, r := range state.Values.RootModule.Resources {
		if r.Address == addr {
			return r.AttributeValues, nil
		}
	}
	return nil, fmt.Errorf("the state has no %s", addr)
}

// SameInstant checks an RFC 3339 string that names the same instant as want, Seam's string,
// however many digits of the second either writes.
func SameInstant(want any) knownvalue.Check { return instantCheck{want: fmt.Sprint(want)} }

type instantCheck struct{ want string }

func (c instantCheck) CheckValue(v any) error {
	got, ok := v.(string)
	if !ok {
		return fmt.Errorf("expected a timestamp string, got %T", v)
	}
	want, err := time.Parse(time.RFC3339Nano, c.want)
	if err != nil {
		return fmt.Errorf("the expected value %q (Seam's) is not RFC 3339: %w", c.want, err)
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

// RawString is a string field of Seam's raw JSON, or "" when it is absent or not a string.
func RawString(raw map[string]any, field string) string {
	s, _ := raw[field].(string)
	return s
}

// RawChecks are checks of Seam's raw JSON fields, one per attribute of the same name:
// strings (null when absent), sets of strings, whole numbers, booleans and instants.
type RawChecks struct{ Raw map[string]any }

func (r RawChecks) String(field string) knownvalue.Check {
	if v, ok := r.Raw[field].(string); ok {
		return knownvalue.StringExact(v)
	}
	return knownvalue.Null()
}

func (r RawChecks) Set(field string) knownvalue.Check {
	items, _ := r.Raw[field].([]any)
	checks := make([]knownvalue.Check, len(items))
	for i, item := range items {
		id, _ := item.(string)
		checks[i] = knownvalue.StringExact(id)
	}
	return knownvalue.SetExact(checks)
}

func (r RawChecks) Int64(field string) knownvalue.Check {
	n, _ := r.Raw[field].(float64)
	return knownvalue.Int64Exact(int64(n))
}

func (r RawChecks) Bool(field string) knownvalue.Check {
	if b, ok := r.Raw[field].(bool); ok {
		return knownvalue.Bool(b)
	}
	return knownvalue.Null()
}

func (r RawChecks) Instant(field string) knownvalue.Check {
	if r.Raw[field] == nil {
		return knownvalue.Null()
	}
	return SameInstant(r.Raw[field])
}

// UniqueKey is a key (user identifier key, user identity key…) no other test uses.
func UniqueKey(t *testing.T) string {
	name := regexp.MustCompile(`[^a-zA-Z0-9]+`).ReplaceAllString(t.Name(), "_")
	return fmt.Sprintf("tf_acc_%s_%d", strings.ToLower(name), time.Now().UnixNano())
}

// ErrorMatching builds ExpectError from phrases that must all appear, in order,
// whatever Terraform's line wrapping does to the spaces between words.
func ErrorMatching(phrases ...string) *regexp.Regexp {
	parts := make([]string, len(phrases))
	for i, p := range phrases {
		parts[i] = strings.Join(strings.Fields(regexp.QuoteMeta(p)), `\s+`)
	}
	return regexp.MustCompile(`(?s)` + strings.Join(parts, ".*"))
}

// ErrorCase is a configuration that must fail with a message holding Want, in order.
type ErrorCase struct {
	Name   string
	Config string
	Want   []string
}

// RunErrorCases runs each case as a parallel subtest of one plan that must fail.
func RunErrorCases(t *testing.T, tg *Target, cases []ErrorCase, versionChecks ...tfversion.TerraformVersionCheck) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			t.Parallel()
			tg.Run(t, resource.TestCase{
				TerraformVersionChecks: versionChecks,
				Steps:                  []resource.TestStep{{Config: tc.Config, ExpectError: ErrorMatching(tc.Want...)}},
			})
		})
	}
}

func (r RawChecks) List(field string) knownvalue.Check {
	items, _ := r.Raw[field].([]any)
	checks := make([]knownvalue.Check, len(items))
	for i, item := range items {
		s, _ := item.(string)
		checks[i] = knownvalue.StringExact(s)
	}
	return knownvalue.ListExact(checks)
}

func (r RawChecks) Float64(field string) knownvalue.Check {
	if n, ok := r.Raw[field].(float64); ok {
		return knownvalue.Float64Exact(n)
	}
	return knownvalue.Null()
}
