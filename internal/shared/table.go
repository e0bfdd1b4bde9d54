package shared

import (
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// An object is declared, not copied: each object's package writes one attribute table, and
// the resource, data source, ephemeral resource and list schemas, and the values of the state
// and of list results, all come from it. An attribute's name, what it means, whether it is a
// secret, and how it is read from Seam's object are written once, in its row.

// Type is an attribute's Terraform type.
type Type int

const (
	StringType Type = iota
	BoolType
	Int64Type
	Float64Type
	// TimeType is an RFC 3339 string compared as an instant at Seam's precision (instant.Type).
	TimeType
	StringSetType
	StringListType
	StringMapType
	// ObjectListType is a list of objects, each described by a nested table.
	ObjectListType
	// TimeoutsType is a resource's timeouts block (terraform-plugin-framework-timeouts): how
	// long its create, update and delete wait for a device.
	TimeoutsType
)

// Role is what an attribute is to the resource: computed (the zero Role), or an argument.
type Role int

const (
	Computed Role = iota
	Required
	Optional
	// OptionalComputed is an argument that, left out, holds Seam's value, kept and not managed.
	OptionalComputed
)

// Scope names the schemas an attribute is in: every schema (the zero Scope), or one alone.
type Scope int

const (
	Everywhere Scope = iota
	// ResourceOnly: an argument Seam's object does not hold (the resource keeps what was set).
	ResourceOnly
	// LookupOnly: an argument of the data source that looks one object up, which Seam's object
	// does not hold (the name it was asked by).
	LookupOnly
	// NotListed: in every schema but the items of a data source that lists objects (a field
	// Seam deprecated).
	NotListed
)

// kind is a kind of schema a table's object is in: a resource's (and a list result's), a data
// source's that looks one object up (and an ephemeral resource's), or an item of a data source
// that lists them, which holds no secret.
type kind int

const (
	resourceKind kind = iota
	lookupKind
	itemKind
)

// Attr is one attribute of an object, read from T: Seam's object together with what the
// provider reads beside it (a space's devices, a grant's access methods).
type Attr[T any] struct {
	Name  string
	Value Value[T]
	// Seam is Seam's own sentence for the field, as its OpenAPI writes it (the contract test
	// keeps the two in step); Doc is the provider's. The description is Seam's, then Doc.
	Seam, Doc string
	Sensitive bool
	// Deprecated is Seam's deprecation of the field.
	Deprecated string
	// Arg makes it an argument of the resource, and Manage says what a change to it does (in
	// the resource's description only).
	Arg    Role
	Manage string
	// Stable keeps a computed value through a plan (UseStateForUnknown): it changes only with
	// the object, or when the provider says. An OptionalComputed argument left out keeps the
	// state's value so too, unless Unkept (its plan modifiers then decide).
	Stable, Unkept bool
	// Validators and PlanModifiers are the resource argument's, of the type's own kind
	// ([]validator.String for a string, []planmodifier.Set for a set, …).
	Validators, PlanModifiers any
	// Lookup makes it an argument of the data source, which finds the object by it; it says how.
	Lookup string
	Scope  Scope
	// CustomType is a string attribute's own type (a duration), where it is not a time.
	CustomType basetypes.StringTypable
}

// Table is an object's attributes, and the Terraform types of its object in the resource's
// schema and the data source's.
type Table[T any] struct {
	attrs []Attr[T]
	types [3]tftypes.Object
}

// NewTable is the table of attrs.
func NewTable[T any](attrs []Attr[T]) *Table[T] {
	t := &Table[T]{attrs: attrs}
	for k := range t.types {
		t.types[k] = t.objectType(kind(k))
	}
	return t
}

// Attributes are the table's rows.
func (t *Table[T]) Attributes() []Attr[T] { return t.attrs }

// in reports whether the attribute belongs to a schema of kind k.
func (a Attr[T]) in(k kind) bool {
	switch k {
	case resourceKind:
		return a.Scope == Everywhere || a.Scope == ResourceOnly || a.Scope == NotListed
	case lookupKind:
		return a.Scope == Everywhere || a.Scope == LookupOnly || a.Scope == NotListed
	}
	return a.Scope == Everywhere && !a.Sensitive
}

// description is what the attribute holds, Seam's sentence first.
func (a Attr[T]) description() string {
	switch {
	case a.Seam == "":
		return a.Doc
	case a.Doc == "":
		return a.Seam
	}
	return a.Seam + " " + a.Doc
}

// Value is how an attribute is read from T: its type, and the function that reads it. A nil
// read is an argument Seam's object does not hold: the resource keeps what it had.
type Value[T any] struct {
	typ    Type
	read   func(*T) tftypes.Value
	nested nested
}

// nested is a nested table's part in its parent's schemas and values, whatever its own T.
// A nested table's rows are in every schema (no Scope).
type nested interface {
	objectType(k kind) tftypes.Object
	specs(k kind) (map[string]spec, error)
	withoutSecrets(tftypes.Value) tftypes.Value
	Rows() []Row
}

// tfType is the Terraform type of a value of this Value's type.
func (v Value[T]) tfType() tftypes.Type {
	switch v.typ {
	case BoolType:
		return tftypes.Bool
	case Int64Type, Float64Type:
		return tftypes.Number
	case StringSetType:
		return tftypes.Set{ElementType: tftypes.String}
	case StringListType:
		return tftypes.List{ElementType: tftypes.String}
	case StringMapType:
		return tftypes.Map{ElementType: tftypes.String}
	case ObjectListType:
		// A nested table has no Scope: its objects are alike in every kind of schema.
		return tftypes.List{ElementType: v.nested.objectType(resourceKind)}
	case TimeoutsType:
		return timeoutsType
	}
	return tftypes.String
}

// objectType is the Terraform type of the table's object in a schema of kind k.
func (t *Table[T]) objectType(k kind) tftypes.Object {
	types := make(map[string]tftypes.Type, len(t.attrs))
	for _, a := range t.attrs {
		if a.in(k) {
			types[a.Name] = a.Value.tfType()
		}
	}
	return tftypes.Object{AttributeTypes: types}
}

// Find is the attribute named name, and whether the table has it.
func (t *Table[T]) Find(name string) (Attr[T], bool) {
	for _, a := range t.attrs {
		if a.Name == name {
			return a, true
		}
	}
	return Attr[T]{}, false
}

// Rows are the table's rows, as the contract and docs tests read them.
func (t *Table[T]) Rows() []Row {
	out := make([]Row, len(t.attrs))
	for i, a := range t.attrs {
		out[i] = Row{Name: a.Name, Seam: a.Seam, Sensitive: a.Sensitive, Scope: a.Scope}
		if a.Value.nested != nil {
			out[i].Nested = a.Value.nested.Rows()
		}
	}
	return out
}
