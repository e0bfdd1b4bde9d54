// Package contracttest holds the checks every Seam object's contract and mapping tests share:
// that an object's attribute table agrees with Seam's schema and the generated docs, and that
// what the provider holds of an object is Seam's JSON, field by field. It imports no provider
// package, so that the provider's own tests can use it.
package contracttest

import (
	"encoding/json"
	"os"
	"testing"
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

func jsonString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
