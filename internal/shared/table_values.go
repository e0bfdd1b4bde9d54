package shared

import (
	"math/big"
	"time"

	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// How a row reads its attribute from T. Values are built straight as Terraform values, never
// through the framework's reflection, which costs a large list most of its time
// (terraform-plugin-framework #725: a regular expression compiled for every field of every
// object). Absent optional fields are null; absent lists are empty, as Seam's are.

// String reads a string Seam always has.
func String[T any](read func(*T) string) Value[T] {
	return Value[T]{typ: StringType, read: func(v *T) tftypes.Value { return tfString(read(v)) }}
}

// OptionalString reads a string Seam may leave out or null: nil is null.
func OptionalString[T any](read func(*T) *string) Value[T] {
	return Value[T]{typ: StringType, read: func(v *T) tftypes.Value { return tfStringPointer(read(v)) }}
}

// Bool reads a boolean.
func Bool[T any](read func(*T) bool) Value[T] {
	return Value[T]{typ: BoolType, read: func(v *T) tftypes.Value { return tftypes.NewValue(tftypes.Bool, read(v)) }}
}

// OptionalBool reads a boolean Seam may leave out: nil is null.
func OptionalBool[T any](read func(*T) *bool) Value[T] {
	return Value[T]{typ: BoolType, read: func(v *T) tftypes.Value {
		if b := read(v); b != nil {
			return tftypes.NewValue(tftypes.Bool, *b)
		}
		return tftypes.NewValue(tftypes.Bool, nil)
	}}
}

// Int64 reads a whole number.
func Int64[T any](read func(*T) int64) Value[T] {
	return Value[T]{typ: Int64Type, read: func(v *T) tftypes.Value {
		return tftypes.NewValue(tftypes.Number, new(big.Float).SetInt64(read(v)))
	}}
}

// OptionalFloat64 reads a number Seam may leave out: nil is null.
func OptionalFloat64[T any](read func(*T) *float64) Value[T] {
	return Value[T]{typ: Float64Type, read: func(v *T) tftypes.Value {
		if f := read(v); f != nil {
			return tftypes.NewValue(tftypes.Number, big.NewFloat(*f))
		}
		return tftypes.NewValue(tftypes.Number, nil)
	}}
}

// Time reads a time, written as Seam writes times: RFC 3339 in UTC.
func Time[T any](read func(*T) time.Time) Value[T] {
	return Value[T]{typ: TimeType, read: func(v *T) tftypes.Value { return tfString(read(v).UTC().Format(time.RFC3339Nano)) }}
}

// OptionalTime reads a time Seam may leave out or null: nil is null.
func OptionalTime[T any](read func(*T) *time.Time) Value[T] {
	return Value[T]{typ: TimeType, read: func(v *T) tftypes.Value {
		if t := read(v); t != nil {
			return tfString(t.UTC().Format(time.RFC3339Nano))
		}
		return tftypes.NewValue(tftypes.String, nil)
	}}
}

// StringSet reads a set of strings (IDs): nil is the empty set.
func StringSet[T any](read func(*T) []string) Value[T] {
	return Value[T]{typ: StringSetType, read: func(v *T) tftypes.Value { return tfStrings(tftypes.Set{ElementType: tftypes.String}, read(v), true) }}
}

// OptionalStringSet reads a set of strings Seam may leave out: nil is null.
func OptionalStringSet[T any](read func(*T) []string) Value[T] {
	return Value[T]{typ: StringSetType, read: func(v *T) tftypes.Value {
		typ := tftypes.Set{ElementType: tftypes.String}
		if s := read(v); s != nil {
			return tfStrings(typ, s, true)
		}
		return tftypes.NewValue(typ, nil)
	}}
}

// StringList reads a list of strings, in Seam's order: nil is the empty list.
func StringList[T any](read func(*T) []string) Value[T] {
	return Value[T]{typ: StringListType, read: func(v *T) tftypes.Value { return tfStrings(tftypes.List{ElementType: tftypes.String}, read(v), false) }}
}

// StringMap reads a map of strings Seam may leave out: nil is null.
func StringMap[T any](read func(*T) map[string]string) Value[T] {
	return Value[T]{typ: StringMapType, read: func(v *T) tftypes.Value {
		typ := tftypes.Map{ElementType: tftypes.String}
		m := read(v)
		if m == nil {
			return tftypes.NewValue(typ, nil)
		}
		values := make(map[string]tftypes.Value, len(m))
		for k, s := range m {
			values[k] = tfString(s)
		}
		return tftypes.NewValue(typ, values)
	}}
}

// Objects reads a list of objects, each of the nested table's.
func Objects[T, U any](read func(*T) []U, table *Table[U]) Value[T] {
	listType := tftypes.List{ElementType: table.types[resourceKind]}
	return Value[T]{typ: ObjectListType, nested: table, read: func(v *T) tftypes.Value {
		items := read(v)
		values := make([]tftypes.Value, len(items))
		for i := range items {
			values[i] = table.value(&items[i], tftypes.Value{}, resourceKind, true)
		}
		return tftypes.NewValue(listType, values)
	}}
}

// Timeouts is a resource's timeouts block, which Seam's object does not hold: kept as the
// configuration sets it.
func Timeouts[T any]() Value[T] { return Value[T]{typ: TimeoutsType} }

// Kept is an argument Seam's object does not hold, of type typ: the resource keeps what the
// plan or the state has, and a new read has none (null).
func Kept[T any](typ Type) Value[T] { return Value[T]{typ: typ} }

func tfString(s string) tftypes.Value { return tftypes.NewValue(tftypes.String, s) }

func tfStringPointer(s *string) tftypes.Value {
	if s == nil {
		return tftypes.NewValue(tftypes.String, nil)
	}
	return tftypes.NewValue(tftypes.String, *s)
}

// tfStrings is a list or set of strings; a set holds each once.
func tfStrings(typ tftypes.Type, items []string, set bool) tftypes.Value {
	values := make([]tftypes.Value, 0, len(items))
	var seen map[string]bool
	if set && len(items) > 1 {
		seen = make(map[string]bool, len(items))
	}
	for _, s := range items {
		if seen != nil {
			if seen[s] {
				continue
			}
			seen[s] = true
		}
		values = append(values, tfString(s))
	}
	return tftypes.NewValue(typ, values)
}

// value is the object of v in a schema of kind k, its secrets null unless withSecrets. An
// attribute the table does not read is prior's (the plan or the state of a resource), or null.
func (t *Table[T]) value(v *T, prior tftypes.Value, k kind, withSecrets bool) tftypes.Value {
	var had map[string]tftypes.Value
	if prior.Type() != nil && prior.IsKnown() && !prior.IsNull() {
		_ = prior.As(&had)
	}
	objectType := t.types[k]
	values := make(map[string]tftypes.Value, len(objectType.AttributeTypes))
	for i := range t.attrs {
		a := &t.attrs[i]
		if !a.in(k) {
			continue
		}
		typ := objectType.AttributeTypes[a.Name]
		switch old, kept := had[a.Name]; {
		case a.Sensitive && !withSecrets:
			values[a.Name] = tftypes.NewValue(typ, nil)
		case a.Value.read != nil:
			values[a.Name] = a.Value.read(v)
			if !withSecrets && a.Value.nested != nil {
				values[a.Name] = a.Value.nested.withoutSecrets(values[a.Name])
			}
		case kept && old.IsKnown():
			values[a.Name] = old
		default:
			values[a.Name] = tftypes.NewValue(typ, nil)
		}
	}
	return tftypes.NewValue(objectType, values)
}

// ResourceValue is the resource's state for v: Seam's values, and the arguments Seam does not
// hold as prior (the plan, or the state) has them.
func (t *Table[T]) ResourceValue(v *T, prior tftypes.Value) tftypes.Value {
	return t.value(v, prior, resourceKind, true)
}

// ListResultValue is the resource's object for v as a list result: every secret left out,
// for terraform query -json prints results in clear.
func (t *Table[T]) ListResultValue(v *T) tftypes.Value {
	return t.value(v, tftypes.Value{}, resourceKind, false)
}

// DataSourceValue is the state for v of a data source (or an ephemeral resource) that looks
// it up.
func (t *Table[T]) DataSourceValue(v *T) tftypes.Value {
	return t.value(v, tftypes.Value{}, lookupKind, true)
}

// ItemValue is v as an item of a data source that lists objects: without its secrets.
func (t *Table[T]) ItemValue(v *T) tftypes.Value {
	return t.value(v, tftypes.Value{}, itemKind, false)
}

// ItemType is the Terraform type of an item of a data source that lists objects.
func (t *Table[T]) ItemType() tftypes.Object { return t.types[itemKind] }

// withoutSecrets is a list of the table's objects with each secret null.
func (t *Table[T]) withoutSecrets(list tftypes.Value) tftypes.Value {
	var items []tftypes.Value
	if !list.IsKnown() || list.IsNull() || list.As(&items) != nil {
		return list
	}
	out := make([]tftypes.Value, len(items))
	for i, item := range items {
		var fields map[string]tftypes.Value
		if item.As(&fields) != nil {
			return list
		}
		for _, a := range t.attrs {
			if a.Sensitive {
				fields[a.Name] = tftypes.NewValue(t.types[resourceKind].AttributeTypes[a.Name], nil)
			}
		}
		out[i] = tftypes.NewValue(t.types[resourceKind], fields)
	}
	return tftypes.NewValue(list.Type(), out)
}
