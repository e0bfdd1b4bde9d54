package shared

import (
	"errors"
	"fmt"

	dsschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	ephschema "github.com/hashicorp/terraform-plugin-framework/ephemeral/schema"
	rschema "github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
)

// The framework has a schema package per kind of block; these turn a table's specs into each.

// ResourceAttributes are the table's attributes in a resource's schema.
func (t *Table[T]) ResourceAttributes() (map[string]rschema.Attribute, diag.Diagnostics) {
	specs, err := t.specs(resourceKind)
	if err != nil {
		return nil, schemaError(err)
	}
	out, err := resourceAttributes(specs)
	return out, schemaError(err)
}

// DataSourceAttributes are the table's attributes in a data source's schema.
func (t *Table[T]) DataSourceAttributes() (map[string]dsschema.Attribute, diag.Diagnostics) {
	specs, err := t.specs(lookupKind)
	if err != nil {
		return nil, schemaError(err)
	}
	return dataSourceAttributes(specs), nil
}

// EphemeralAttributes are the table's attributes in an ephemeral resource's schema: as the
// data source's.
func (t *Table[T]) EphemeralAttributes() (map[string]ephschema.Attribute, diag.Diagnostics) {
	specs, err := t.specs(lookupKind)
	if err != nil {
		return nil, schemaError(err)
	}
	return ephemeralAttributes(specs), nil
}

func resourceAttributes(specs map[string]spec) (map[string]rschema.Attribute, error) {
	out := make(map[string]rschema.Attribute, len(specs))
	var errs []error
	for name, s := range specs {
		a, err := resourceAttribute(s)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
		}
		out[name] = a
	}
	return out, errors.Join(errs...)
}

func resourceAttribute(s spec) (rschema.Attribute, error) {
	var errs [2]error
	switch s.typ {
	case StringType, TimeType:
		a := rschema.StringAttribute{Description: s.description, Required: s.required, Optional: s.optional, Computed: s.computed,
			Sensitive: s.sensitive, DeprecationMessage: s.deprecated}
		a.Validators, errs[0] = typed[validator.String]("validators", s.validators)
		a.PlanModifiers, errs[1] = typed[planmodifier.String]("plan modifiers", s.planModifiers)
		if s.typ == TimeType {
			a.CustomType = instant.Type{}
		} else if s.customType != nil {
			a.CustomType = s.customType
		}
		return a, errors.Join(errs[:]...)
	case BoolType:
		a := rschema.BoolAttribute{Description: s.description, Required: s.required, Optional: s.optional, Computed: s.computed,
			Sensitive: s.sensitive, DeprecationMessage: s.deprecated}
		a.Validators, errs[0] = typed[validator.Bool]("validators", s.validators)
		a.PlanModifiers, errs[1] = typed[planmodifier.Bool]("plan modifiers", s.planModifiers)
		return a, errors.Join(errs[:]...)
	case Int64Type:
		a := rschema.Int64Attribute{Description: s.description, Required: s.required, Optional: s.optional, Computed: s.computed,
			Sensitive: s.sensitive, DeprecationMessage: s.deprecated}
		a.Validators, errs[0] = typed[validator.Int64]("validators", s.validators)
		a.PlanModifiers, errs[1] = typed[planmodifier.Int64]("plan modifiers", s.planModifiers)
		return a, errors.Join(errs[:]...)
	case Float64Type:
		a := rschema.Float64Attribute{Description: s.description, Required: s.required, Optional: s.optional, Computed: s.computed,
			Sensitive: s.sensitive, DeprecationMessage: s.deprecated}
		a.Validators, errs[0] = typed[validator.Float64]("validators", s.validators)
		a.PlanModifiers, errs[1] = typed[planmodifier.Float64]("plan modifiers", s.planModifiers)
		return a, errors.Join(errs[:]...)
	case StringSetType:
		a := rschema.SetAttribute{Description: s.description, ElementType: types.StringType, Required: s.required, Optional: s.optional,
			Computed: s.computed, Sensitive: s.sensitive, DeprecationMessage: s.deprecated}
		a.Validators, errs[0] = typed[validator.Set]("validators", s.validators)
		a.PlanModifiers, errs[1] = typed[planmodifier.Set]("plan modifiers", s.planModifiers)
		return a, errors.Join(errs[:]...)
	case StringListType:
		a := rschema.ListAttribute{Description: s.description, ElementType: types.StringType, Required: s.required, Optional: s.optional,
			Computed: s.computed, Sensitive: s.sensitive, DeprecationMessage: s.deprecated}
		a.Validators, errs[0] = typed[validator.List]("validators", s.validators)
		a.PlanModifiers, errs[1] = typed[planmodifier.List]("plan modifiers", s.planModifiers)
		return a, errors.Join(errs[:]...)
	case StringMapType:
		a := rschema.MapAttribute{Description: s.description, ElementType: types.StringType, Required: s.required, Optional: s.optional,
			Computed: s.computed, Sensitive: s.sensitive, DeprecationMessage: s.deprecated}
		a.Validators, errs[0] = typed[validator.Map]("validators", s.validators)
		a.PlanModifiers, errs[1] = typed[planmodifier.Map]("plan modifiers", s.planModifiers)
		return a, errors.Join(errs[:]...)
	}
	if s.typ == TimeoutsType {
		return timeoutsAttribute(s.description), nil
	}
	nested, err := resourceAttributes(s.nested)
	a := rschema.ListNestedAttribute{Description: s.description, Required: s.required, Optional: s.optional, Computed: s.computed,
		Sensitive: s.sensitive, DeprecationMessage: s.deprecated, NestedObject: rschema.NestedAttributeObject{Attributes: nested}}
	a.Validators, errs[0] = typed[validator.List]("validators", s.validators)
	a.PlanModifiers, errs[1] = typed[planmodifier.List]("plan modifiers", s.planModifiers)
	return a, errors.Join(err, errs[0], errs[1])
}

func dataSourceAttributes(specs map[string]spec) map[string]dsschema.Attribute {
	out := make(map[string]dsschema.Attribute, len(specs))
	for name, s := range specs {
		out[name] = dataSourceAttribute(s)
	}
	return out
}

// dataSourceAttribute is s in a data source: computed, or a lookup argument with its
// string validators.
func dataSourceAttribute(s spec) dsschema.Attribute {
	switch s.typ {
	case StringType, TimeType:
		a := dsschema.StringAttribute{Description: s.description, Optional: s.optional, Computed: true, Sensitive: s.sensitive,
			DeprecationMessage: s.deprecated}
		a.Validators, _ = s.validators.([]validator.String)
		if s.typ == TimeType {
			a.CustomType = instant.Type{}
		}
		return a
	case BoolType:
		return dsschema.BoolAttribute{Description: s.description, Computed: true, Sensitive: s.sensitive, DeprecationMessage: s.deprecated}
	case Int64Type:
		return dsschema.Int64Attribute{Description: s.description, Computed: true, Sensitive: s.sensitive, DeprecationMessage: s.deprecated}
	case Float64Type:
		return dsschema.Float64Attribute{Description: s.description, Computed: true, Sensitive: s.sensitive, DeprecationMessage: s.deprecated}
	case StringSetType:
		return dsschema.SetAttribute{Description: s.description, ElementType: types.StringType, Computed: true, Sensitive: s.sensitive,
			DeprecationMessage: s.deprecated}
	case StringListType:
		return dsschema.ListAttribute{Description: s.description, ElementType: types.StringType, Computed: true, Sensitive: s.sensitive,
			DeprecationMessage: s.deprecated}
	case StringMapType:
		return dsschema.MapAttribute{Description: s.description, ElementType: types.StringType, Computed: true, Sensitive: s.sensitive,
			DeprecationMessage: s.deprecated}
	}
	return dsschema.ListNestedAttribute{Description: s.description, Computed: true, Sensitive: s.sensitive, DeprecationMessage: s.deprecated,
		NestedObject: dsschema.NestedAttributeObject{Attributes: dataSourceAttributes(s.nested)}}
}

func ephemeralAttributes(specs map[string]spec) map[string]ephschema.Attribute {
	out := make(map[string]ephschema.Attribute, len(specs))
	for name, s := range specs {
		out[name] = ephemeralAttribute(s)
	}
	return out
}

func ephemeralAttribute(s spec) ephschema.Attribute {
	switch s.typ {
	case StringType, TimeType:
		a := ephschema.StringAttribute{Description: s.description, Optional: s.optional, Computed: true, Sensitive: s.sensitive,
			DeprecationMessage: s.deprecated}
		a.Validators, _ = s.validators.([]validator.String)
		if s.typ == TimeType {
			a.CustomType = instant.Type{}
		}
		return a
	case BoolType:
		return ephschema.BoolAttribute{Description: s.description, Computed: true, Sensitive: s.sensitive, DeprecationMessage: s.deprecated}
	case Int64Type:
		return ephschema.Int64Attribute{Description: s.description, Computed: true, Sensitive: s.sensitive, DeprecationMessage: s.deprecated}
	case Float64Type:
		return ephschema.Float64Attribute{Description: s.description, Computed: true, Sensitive: s.sensitive, DeprecationMessage: s.deprecated}
	case StringSetType:
		return ephschema.SetAttribute{Description: s.description, ElementType: types.StringType, Computed: true, Sensitive: s.sensitive,
			DeprecationMessage: s.deprecated}
	case StringListType:
		return ephschema.ListAttribute{Description: s.description, ElementType: types.StringType, Computed: true, Sensitive: s.sensitive,
			DeprecationMessage: s.deprecated}
	case StringMapType:
		return ephschema.MapAttribute{Description: s.description, ElementType: types.StringType, Computed: true, Sensitive: s.sensitive,
			DeprecationMessage: s.deprecated}
	}
	return ephschema.ListNestedAttribute{Description: s.description, Computed: true, Sensitive: s.sensitive, DeprecationMessage: s.deprecated,
		NestedObject: ephschema.NestedAttributeObject{Attributes: ephemeralAttributes(s.nested)}}
}

// ItemAttributes are the table's attributes as items of a data source that lists objects:
// computed, and without the secrets an item never holds.
func (t *Table[T]) ItemAttributes() (map[string]dsschema.Attribute, diag.Diagnostics) {
	specs, err := t.specs(itemKind)
	if err != nil {
		return nil, schemaError(err)
	}
	return dataSourceAttributes(specs), nil
}
