package shared

import (
	"math/big"
	"time"

	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
)

// Attrs reads the attributes of a plan, a state or a configuration by name, as the requests
// to Seam take them: a null or unknown value is the zero value (nil, "", false), never an
// error. It reads the raw value, without the framework's reflection.
type Attrs map[string]tftypes.Value

// AttrsOf is raw's attributes; none when raw is null or unknown.
func AttrsOf(raw tftypes.Value) Attrs {
	var a Attrs
	if raw.Type() != nil && raw.IsKnown() && !raw.IsNull() {
		_ = raw.As((*map[string]tftypes.Value)(&a))
	}
	return a
}

// Known reports whether name has a value: neither null nor unknown.
func (a Attrs) Known(name string) bool {
	v, ok := a[name]
	return ok && v.IsKnown() && !v.IsNull()
}

// Unknown reports whether name is not known until apply.
func (a Attrs) Unknown(name string) bool {
	v, ok := a[name]
	return ok && !v.IsKnown()
}

// String is name's string, or "".
func (a Attrs) String(name string) string {
	var s string
	if a.Known(name) {
		_ = a[name].As(&s)
	}
	return s
}

// StringPointer is name's string, or nil.
func (a Attrs) StringPointer(name string) *string {
	if !a.Known(name) {
		return nil
	}
	s := a.String(name)
	return &s
}

// Bool is name's boolean, or nil.
func (a Attrs) Bool(name string) *bool {
	if !a.Known(name) {
		return nil
	}
	var b bool
	_ = a[name].As(&b)
	return &b
}

// Float64 is name's number, or nil.
func (a Attrs) Float64(name string) *float64 {
	if !a.Known(name) {
		return nil
	}
	var n big.Float
	_ = a[name].As(&n)
	f, _ := n.Float64()
	return &f
}

// Int64 is name's number as a whole number, or nil.
func (a Attrs) Int64(name string) *int64 {
	if !a.Known(name) {
		return nil
	}
	var n big.Float
	_ = a[name].As(&n)
	i, _ := n.Int64()
	return &i
}

// Time is name's time at Seam's precision, and whether it is one.
func (a Attrs) Time(name string) (time.Time, bool) {
	if !a.Known(name) {
		return time.Time{}, false
	}
	return instant.NewString(a.String(name)).Time()
}

// Strings are the known elements of name's list or set of strings, or nil.
func (a Attrs) Strings(name string) []string {
	if !a.Known(name) {
		return nil
	}
	var items []tftypes.Value
	if a[name].As(&items) != nil {
		return nil
	}
	out := make([]string, 0, len(items))
	for _, item := range items {
		var s string
		if item.IsKnown() && !item.IsNull() && item.As(&s) == nil {
			out = append(out, s)
		}
	}
	return out
}

// StringMap is name's map of strings, or nil.
func (a Attrs) StringMap(name string) map[string]string {
	if !a.Known(name) {
		return nil
	}
	var items map[string]tftypes.Value
	if a[name].As(&items) != nil {
		return nil
	}
	out := make(map[string]string, len(items))
	for k, item := range items {
		var s string
		if item.IsKnown() && !item.IsNull() && item.As(&s) == nil {
			out[k] = s
		}
	}
	return out
}

// Objects are the attributes of each object of name's list, or nil.
func (a Attrs) Objects(name string) []Attrs {
	if !a.Known(name) {
		return nil
	}
	var items []tftypes.Value
	if a[name].As(&items) != nil {
		return nil
	}
	out := make([]Attrs, len(items))
	for i, item := range items {
		out[i] = AttrsOf(item)
	}
	return out
}
