package shared

import (
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/boolplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/float64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/listplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/mapplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
)

// spec is one attribute as a schema of any kind has it; each framework schema package turns
// it into its own attribute (table_schema_kinds.go).
type spec struct {
	typ                          Type
	description                  string
	required, optional, computed bool
	sensitive                    bool
	deprecated                   string
	validators, planModifiers    any
	nested                       map[string]spec
	customType                   basetypes.StringTypable
}

// NonEmpty refuses the empty strings that Seam's OpenAPI refuses (minLength 1).
var NonEmpty = []validator.String{stringvalidator.LengthAtLeast(1)}

// specs are the table's attributes as a schema of kind k has them.
func (t *Table[T]) specs(k kind) (map[string]spec, error) {
	out := make(map[string]spec, len(t.attrs))
	for _, a := range t.attrs {
		if !a.in(k) {
			continue
		}
		s := spec{typ: a.Value.typ, description: a.description(), sensitive: a.Sensitive, deprecated: a.Deprecated, computed: true,
			customType: a.CustomType}
		if a.Value.nested != nil {
			var err error
			nestedKind := k
			if k == itemKind {
				nestedKind = lookupKind
			}
			if s.nested, err = a.Value.nested.specs(nestedKind); err != nil {
				return nil, fmt.Errorf("%s: %w", a.Name, err)
			}
		}
		switch {
		case k == resourceKind:
			if err := a.resourceRole(&s); err != nil {
				return nil, fmt.Errorf("%s: %w", a.Name, err)
			}
		case k == lookupKind && a.Lookup != "":
			s.description, s.optional, s.validators = a.Lookup, true, NonEmpty
		}
		out[a.Name] = s
	}
	return out, nil
}

// resourceRole makes s the resource's attribute: an argument as Arg says, with its
// validators and plan modifiers, or a computed value, kept through plans when Stable.
func (a Attr[T]) resourceRole(s *spec) error {
	if a.Manage != "" {
		s.description += " " + a.Manage
	}
	s.required, s.optional, s.computed = a.Arg == Required, a.Arg == Optional || a.Arg == OptionalComputed, a.Arg == Computed || a.Arg == OptionalComputed
	s.validators = a.Validators
	keep := a.Stable || a.Arg == OptionalComputed && !a.Unkept
	modifiers, err := withUseState(a.Value.typ, keep, a.PlanModifiers)
	s.planModifiers = modifiers
	return err
}

// withUseState is the plan modifiers of an attribute of type typ: UseStateForUnknown first
// when keep, then more, which must be of typ's kind.
func withUseState(typ Type, keep bool, more any) (any, error) {
	switch typ {
	case StringType, TimeType:
		return prepend(keep, stringplanmodifier.UseStateForUnknown(), more)
	case BoolType:
		return prepend(keep, boolplanmodifier.UseStateForUnknown(), more)
	case Int64Type:
		return prepend(keep, int64planmodifier.UseStateForUnknown(), more)
	case Float64Type:
		return prepend(keep, float64planmodifier.UseStateForUnknown(), more)
	case StringSetType:
		return prepend(keep, setplanmodifier.UseStateForUnknown(), more)
	case StringMapType:
		return prepend(keep, mapplanmodifier.UseStateForUnknown(), more)
	case TimeoutsType:
		return nil, nil
	}
	return prepend(keep, listplanmodifier.UseStateForUnknown(), more)
}

func prepend[M any](keep bool, first M, more any) ([]M, error) {
	var rest []M
	if more != nil {
		var ok bool
		if rest, ok = more.([]M); !ok {
			return nil, fmt.Errorf("plan modifiers are %T, not %T", more, rest)
		}
	}
	if !keep {
		return rest, nil
	}
	return append([]M{first}, rest...), nil
}

// typed is v as the []E an attribute of its kind takes, or nil; another type is an error in
// the table.
func typed[E any](what string, v any) ([]E, error) {
	if v == nil {
		return nil, nil
	}
	out, ok := v.([]E)
	if !ok {
		return nil, fmt.Errorf("%s are %T, not %T", what, v, out)
	}
	return out, nil
}

// schemaError is the diagnostic of a table that does not build: a bug, caught by the tests
// that build every registered schema.
func schemaError(err error) diag.Diagnostics {
	var diags diag.Diagnostics
	if err != nil {
		diags.AddError("Cannot build the schema", err.Error()+". This is a bug in the provider; please report it.")
	}
	return diags
}
