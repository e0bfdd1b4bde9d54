package contracttest

import (
	"encoding/json"
	"math/big"
	"slices"
	"time"

	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// plain is v as encoding/json would decode its JSON: nil, string, float64, bool, []any,
// map[string]any.
func plain(v tftypes.Value) any {
	if !v.IsKnown() || v.IsNull() {
		return nil
	}
	switch {
	case v.Type().Is(tftypes.String):
		var s string
		_ = v.As(&s)
		return s
	case v.Type().Is(tftypes.Number):
		var n big.Float
		_ = v.As(&n)
		f, _ := n.Float64()
		return f
	case v.Type().Is(tftypes.Bool):
		var b bool
		_ = v.As(&b)
		return b
	case v.Type().Is(tftypes.List{}), v.Type().Is(tftypes.Set{}):
		var items []tftypes.Value
		_ = v.As(&items)
		out := make([]any, len(items))
		for i, item := range items {
			out[i] = plain(item)
		}
		if v.Type().Is(tftypes.Set{}) {
			slices.SortFunc(out, func(a, b any) int { return compareJSON(a, b) })
		}
		return out
	}
	var fields map[string]tftypes.Value
	_ = v.As(&fields)
	out := make(map[string]any, len(fields))
	for k, f := range fields {
		out[k] = plain(f)
	}
	return out
}

// equalJSON compares got (from plain) with Seam's JSON want: times as instants, a set's
// items in any order.
func equalJSON(got, want any) bool {
	if s, ok := got.(string); ok {
		w, isString := want.(string)
		if !isString {
			return false
		}
		a, errA := time.Parse(time.RFC3339Nano, s)
		b, errB := time.Parse(time.RFC3339Nano, w)
		return s == w || errA == nil && errB == nil && a.Equal(b)
	}
	if items, ok := got.([]any); ok {
		wantItems, isList := want.([]any)
		if !isList || len(items) != len(wantItems) {
			return false
		}
		sorted := slices.Clone(wantItems)
		slices.SortFunc(sorted, func(a, b any) int { return compareJSON(a, b) })
		inOrder, anyOrder := true, true
		for i := range items {
			inOrder = inOrder && equalJSON(items[i], wantItems[i])
			anyOrder = anyOrder && equalJSON(items[i], sorted[i])
		}
		return inOrder || anyOrder
	}
	if fields, ok := got.(map[string]any); ok {
		wantFields, isObject := want.(map[string]any)
		if !isObject || len(fields) != len(wantFields) {
			return false
		}
		for k, f := range fields {
			if w, has := wantFields[k]; !has || !equalJSON(f, w) && !equalJSON(f, jsonString(w)) {
				return false
			}
		}
		return true
	}
	return jsonString(got) == jsonString(want)
}

func compareJSON(a, b any) int {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return slices.Compare(x, y)
}
