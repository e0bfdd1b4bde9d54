package contracttest

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// ValueCheck compares what the provider holds of an object (a state, an item of a list, a
// list result's resource object) with Seam's JSON for it, field by field: each attribute
// named as a field of Seam's holds that field's value; id holds IDField; Beyond attributes
// (what Seam's object does not hold) are not compared.
type ValueCheck struct {
	Rows    []shared.Row
	Beyond  map[string]string
	IDField string
	// ListedOnce pairs attributes of which a list result holds one, the other null
	// (Contract.ListedOnce).
	ListedOnce map[string]string
}

// Object checks value against raw; without secrets, each sensitive attribute must be null.
func (c ValueCheck) Object(t *testing.T, what string, raw map[string]any, value tftypes.Value, withSecrets bool) {
	t.Helper()
	var attrs map[string]tftypes.Value
	if err := value.As(&attrs); err != nil {
		t.Fatalf("%s: not an object: %v", what, err)
	}
	checked := 0
	for _, r := range c.Rows {
		v, held := attrs[r.Name]
		field := r.Name
		if r.Name == "id" {
			field = c.IDField
		}
		want, seams := raw[field]
		_, beyond := c.Beyond[r.Name]
		switch {
		case !held || beyond || !seams:
			continue
		case r.Sensitive && !withSecrets:
			if !v.IsNull() {
				t.Errorf("%s: %s holds a secret, which it must leave out", what, r.Name)
			}
		case c.ListedOnce[r.Name] != "" && !withSecrets && v.IsNull():
			if other := attrs[c.ListedOnce[r.Name]]; other.IsNull() {
				t.Errorf("%s: %s and %s are both null: a list result holds one of them", what, r.Name, c.ListedOnce[r.Name])
			}
		case c.ListedOnce[r.Name] != "" && !withSecrets && !attrs[c.ListedOnce[r.Name]].IsNull():
			t.Errorf("%s: %s and %s both hold a value: a list result holds one of them", what, r.Name, c.ListedOnce[r.Name])
		default:
			if msg := sameNested(plain(v), want, r.Nested, withSecrets); msg != "" {
				t.Errorf("%s: %s %s", what, r.Name, msg)
			}
		}
		checked++
	}
	if checked == 0 {
		t.Errorf("%s: no attribute was compared with Seam's JSON", what)
	}
}

// Items checks each item of the list of objects state holds against Seam's JSON item with
// the same ID; items hold no secret.
func (c ValueCheck) Items(t *testing.T, what string, raws []any, state tftypes.Value) {
	t.Helper()
	var attrs map[string]tftypes.Value
	if err := state.As(&attrs); err != nil {
		t.Fatal(err)
	}
	for name, v := range attrs {
		if list, ok := v.Type().(tftypes.List); !ok || !list.ElementType.Is(tftypes.Object{}) {
			continue
		}
		var items []tftypes.Value
		if err := v.As(&items); err != nil {
			t.Fatal(err)
		}
		c.Results(t, what+"."+name, raws, items)
		return
	}
	t.Errorf("%s holds no list of objects", what)
}

// Results checks each of values (list results' resource objects, a list's items) against
// Seam's JSON item with the same ID, without secrets; every item of Seam's must be there.
func (c ValueCheck) Results(t *testing.T, what string, raws []any, values []tftypes.Value) {
	t.Helper()
	if len(values) != len(raws) || len(raws) == 0 {
		t.Fatalf("%s: %d objects, and Seam's list holds %d", what, len(values), len(raws))
	}
	for _, v := range values {
		var attrs map[string]tftypes.Value
		if err := v.As(&attrs); err != nil {
			t.Fatal(err)
		}
		id := plain(attrs["id"])
		var raw map[string]any
		for _, r := range raws {
			if item, ok := r.(map[string]any); ok && item[c.IDField] == id {
				raw = item
			}
		}
		if raw == nil {
			t.Errorf("%s: %v is not in Seam's list", what, id)
			continue
		}
		c.Object(t, fmt.Sprintf("%s[%v]", what, id), raw, v, false)
	}
}

// sameNested is sameValueAsJSON for a value that may be a list of objects of nested rows:
// each object's attributes hold the fields of Seam's, a secret null when withSecrets is false.
func sameNested(got, want any, nested []shared.Row, withSecrets bool) string {
	items, isList := got.([]any)
	wantItems, wantList := want.([]any)
	if nested == nil || !isList || !wantList {
		if equalJSON(got, want) {
			return ""
		}
		return "holds " + jsonString(got) + ", Seam's JSON " + jsonString(want)
	}
	if len(items) != len(wantItems) {
		return fmt.Sprintf("holds %d objects, Seam's JSON %d", len(items), len(wantItems))
	}
	for i := range items {
		obj, _ := items[i].(map[string]any)
		wantObj, _ := wantItems[i].(map[string]any)
		for _, r := range nested {
			field, has := wantObj[r.Name]
			switch {
			case r.Sensitive && !withSecrets:
				if obj[r.Name] != nil {
					return fmt.Sprintf("[%d].%s holds a secret, which it must leave out", i, r.Name)
				}
			case has && !equalJSON(obj[r.Name], field):
				return fmt.Sprintf("[%d].%s holds %s, Seam's JSON %s", i, r.Name, jsonString(obj[r.Name]), jsonString(field))
			}
		}
	}
	return ""
}
