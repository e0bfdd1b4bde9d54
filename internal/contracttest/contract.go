// Package contracttest holds the checks every Seam object's unit tests share: that its
// mapping puts each field of Seam's JSON in its own attribute, and that Seam's schema, the
// client's type, the provider's schema and the generated docs agree. It imports no provider
// package, so the object packages' own tests can use it.
package contracttest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/seamspec"
)

// Fixture reads a client test fixture (internal/seam/testdata) and returns its body and the
// object under key, as plain JSON: the truth a mapping test checks the provider against.
func Fixture(t *testing.T, file, key string) ([]byte, map[string]any) {
	t.Helper()
	body, err := os.ReadFile("../seam/testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	var envelope map[string]any
	if err := json.Unmarshal(body, &envelope); err != nil {
		t.Fatal(err)
	}
	raw, ok := envelope[key].(map[string]any)
	if !ok {
		t.Fatalf("%s has no %s object", file, key)
	}
	return body, raw
}

// AssertDistinct fails when two fields of a fixture hold the same value (or, for lists, the
// same first item), which would let a swap between them pass. Booleans are exempt: two can
// only differ so much; the check then rests on the other fields.
func AssertDistinct(t *testing.T, raw map[string]any) {
	t.Helper()
	seen := map[string]string{}
	for field, v := range raw {
		if _, isBool := v.(bool); isBool {
			continue
		}
		b, _ := json.Marshal(v)
		key := string(b)
		if items, ok := v.([]any); ok && len(items) > 0 {
			b, _ = json.Marshal(items[0])
			key = string(b)
		}
		if other, dup := seen[key]; dup && key != "[]" && key != "null" && key != "{}" {
			t.Fatalf("the fixture's %s and %s hold the same value %s", field, other, key)
		}
		seen[key] = field
	}
}

// ModelValues is each attribute of a framework model struct by its tfsdk name, through
// embedded structs.
func ModelValues(m any) map[string]attr.Value {
	out := map[string]attr.Value{}
	collectValues(reflect.ValueOf(m), out)
	return out
}

func collectValues(v reflect.Value, out map[string]attr.Value) {
	for i := range v.NumField() {
		field := v.Type().Field(i)
		if field.Anonymous {
			collectValues(v.Field(i), out)
			continue
		}
		value, _ := v.Field(i).Interface().(attr.Value)
		out[field.Tag.Get("tfsdk")] = value
	}
}

// SameAsJSON says how v differs from Seam's JSON value want, or "".
func SameAsJSON(v attr.Value, want any) string {
	switch v := v.(type) {
	case types.String:
		if want == nil && v.IsNull() || (want != nil && !v.IsNull() && v.ValueString() == want) {
			return ""
		}
	case instant.Value:
		if want == nil && v.IsNull() {
			return ""
		}
		got, _ := v.ValueRFC3339Time()
		wantString, _ := want.(string)
		if at, err := time.Parse(time.RFC3339Nano, wantString); err == nil && at.Equal(got) {
			return ""
		}
	case types.Int64:
		if n, ok := want.(float64); ok && float64(v.ValueInt64()) == n {
			return ""
		}
	case types.Bool:
		if b, ok := want.(bool); ok && !v.IsNull() && v.ValueBool() == b {
			return ""
		}
	case types.Set:
		got, wantItems := elementStrings(v.Elements(), want)
		slices.Sort(got)
		slices.Sort(wantItems)
		if slices.Equal(got, wantItems) {
			return ""
		}
	case types.List:
		if got, wantItems := elementStrings(v.Elements(), want); slices.Equal(got, wantItems) {
			return ""
		}
	case types.Map:
		wantMap, _ := want.(map[string]any)
		got := map[string]string{}
		for k, e := range v.Elements() {
			got[k] = e.String()
		}
		expected := map[string]string{}
		for k, e := range wantMap {
			expected[k] = jsonString(fmt.Sprint(e))
		}
		if reflect.DeepEqual(got, expected) {
			return ""
		}
	}
	return "holds " + v.String() + ", Seam's JSON " + jsonString(want)
}

// elementStrings are a collection's elements and Seam's JSON array, each as JSON.
func elementStrings(elements []attr.Value, want any) (got, wantItems []string) {
	for _, e := range elements {
		got = append(got, e.String())
	}
	items, _ := want.([]any)
	for _, e := range items {
		wantItems = append(wantItems, jsonString(e))
	}
	return got, wantItems
}

func jsonString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// Agreement is what one object's agreement test compares: Seam's schema in the OpenAPI
// document, the client's type, the provider's attributes and the generated docs.
type Agreement struct {
	Schema     string
	ClientType reflect.Type
	// Attributes are the provider's attributes for Seam's fields, without id.
	Attributes []string
	// LeftOut are Seam's fields the provider does not expose, with why; Beyond are fields the
	// provider exposes that Seam's schema does not name, with why.
	LeftOut, Beyond map[string]string
	// Docs are the generated pages, each with the attributes it need not name (a data source
	// lacks the resource's arguments that Seam's object does not echo).
	Docs map[string][]string
}

// CheckAgreement fails for any field one of the four has and another lacks, unless it is
// listed with its reason.
func CheckAgreement(t *testing.T, a Agreement) {
	t.Helper()
	doc, err := seamspec.Document()
	if err != nil {
		t.Fatal(err)
	}
	schema := doc.Components.Schemas[a.Schema]
	if schema == nil || schema.Value == nil {
		t.Fatalf("Seam's document has no %s schema", a.Schema)
	}
	var properties, fields []string
	for name := range schema.Value.Properties {
		properties = append(properties, name)
	}
	for i := range a.ClientType.NumField() {
		fields = append(fields, strings.Split(a.ClientType.Field(i).Tag.Get("json"), ",")[0])
	}
	for _, p := range properties {
		_, left := a.LeftOut[p]
		switch {
		case left && (slices.Contains(fields, p) || slices.Contains(a.Attributes, p)):
			t.Errorf("%s is listed as left out (%s) but is exposed", p, a.LeftOut[p])
		case !left && !slices.Contains(fields, p):
			t.Errorf("Seam's %s has %s, which the client's %s lacks: expose it, or list it as left out with why", a.Schema, p, a.ClientType)
		case !left && !slices.Contains(a.Attributes, p):
			t.Errorf("Seam's %s has %s, which the provider's schema lacks: expose it, or list it as left out with why", a.Schema, p)
		}
	}
	for name := range a.LeftOut {
		if !slices.Contains(properties, name) {
			t.Errorf("%s is listed as left out, and Seam's schema no longer has it", name)
		}
	}
	for _, attribute := range a.Attributes {
		if _, beyond := a.Beyond[attribute]; !beyond && !slices.Contains(properties, attribute) {
			t.Errorf("the provider's attribute %s is not in Seam's %s: list it as beyond the document with why", attribute, a.Schema)
		}
	}
	for page, skip := range a.Docs {
		b, err := os.ReadFile(page)
		if err != nil {
			t.Fatalf("%v (run make generate)", err)
		}
		for _, attribute := range append(slices.Clone(a.Attributes), "id") {
			if !slices.Contains(skip, attribute) && !strings.Contains(string(b), "`"+attribute+"`") {
				t.Errorf("%s does not document %s (run make generate)", page, attribute)
			}
		}
	}
}

// ClientServing is a Seam client whose every call Seam answers with body.
func ClientServing(t *testing.T, body []byte) *seam.Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write(body) }))
	t.Cleanup(srv.Close)
	credential, err := seam.NewCredential(seam.APIKey, "seam_apikey1_token", "")
	if err != nil {
		t.Fatal(err)
	}
	client, err := seam.New(seam.Config{Endpoint: srv.URL, Credential: credential})
	if err != nil {
		t.Fatal(err)
	}
	return client
}

// CheckMapping fails for each attribute of model that does not hold its own field of raw;
// id holds idField. Attributes in notEchoed (arguments Seam's object does not hold) are skipped.
func CheckMapping(t *testing.T, raw map[string]any, model any, idField string, notEchoed ...string) {
	t.Helper()
	values := ModelValues(model)
	checked := 0
	for name, v := range values {
		field := name
		switch {
		case name == "id":
			field = idField
		case slices.Contains(notEchoed, name):
			continue
		}
		if _, ok := raw[field]; !ok {
			t.Errorf("%s: Seam's JSON has no field %s", name, field)
			continue
		}
		if msg := SameAsJSON(v, raw[field]); msg != "" {
			t.Errorf("%s: %s", name, msg)
		}
		checked++
	}
	if checked < len(values)-len(notEchoed) {
		t.Errorf("checked %d of %d attributes", checked, len(values))
	}
}
