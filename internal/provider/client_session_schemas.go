package provider

import (
	dsschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	ephschema "github.com/hashicorp/terraform-plugin-framework/ephemeral/schema"
	rsschema "github.com/hashicorp/terraform-plugin-framework/resource/schema"
)

// The framework has a schema package per kind of object; these turn the one attribute
// table into each. Read-only schemas take the lookup keys as arguments when withLookup.

func dataSourceAttributes(withLookup bool) map[string]dsschema.Attribute {
	out := make(map[string]dsschema.Attribute, len(clientSessionAttributes))
	for _, a := range clientSessionAttributes {
		switch a.kind {
		case kindString:
			attr := dsschema.StringAttribute{Description: a.description, Computed: true, Sensitive: a.sensitive, DeprecationMessage: a.deprecation}
			if withLookup && a.lookup != "" {
				attr.Description, attr.Optional, attr.Validators = a.lookup, true, lookupKeyValidators()
			}
			out[a.name] = attr
		case kindInt64:
			out[a.name] = dsschema.Int64Attribute{Description: a.description, Computed: true, Sensitive: a.sensitive, DeprecationMessage: a.deprecation}
		case kindIDSet:
			out[a.name] = dsschema.SetAttribute{Description: a.description, Computed: true, Sensitive: a.sensitive, ElementType: idSetType, DeprecationMessage: a.deprecation}
		case kindTimestamp:
			out[a.name] = dsschema.StringAttribute{Description: a.description, Computed: true, Sensitive: a.sensitive, DeprecationMessage: a.deprecation, CustomType: timestampType}
		}
	}
	return out
}

func ephemeralAttributes() map[string]ephschema.Attribute {
	out := make(map[string]ephschema.Attribute, len(clientSessionAttributes))
	for _, a := range clientSessionAttributes {
		switch a.kind {
		case kindString:
			attr := ephschema.StringAttribute{Description: a.description, Computed: true, Sensitive: a.sensitive, DeprecationMessage: a.deprecation}
			if a.lookup != "" {
				attr.Description, attr.Optional, attr.Validators = a.lookup, true, lookupKeyValidators()
			}
			out[a.name] = attr
		case kindInt64:
			out[a.name] = ephschema.Int64Attribute{Description: a.description, Computed: true, Sensitive: a.sensitive, DeprecationMessage: a.deprecation}
		case kindIDSet:
			out[a.name] = ephschema.SetAttribute{Description: a.description, Computed: true, Sensitive: a.sensitive, ElementType: idSetType, DeprecationMessage: a.deprecation}
		case kindTimestamp:
			out[a.name] = ephschema.StringAttribute{Description: a.description, Computed: true, Sensitive: a.sensitive, DeprecationMessage: a.deprecation, CustomType: timestampType}
		}
	}
	return out
}

// resourceAttributes are the session's attributes as the managed resource has them; its
// own arguments (renew_before) are added by the resource.
func resourceAttributes() map[string]rsschema.Attribute {
	out := make(map[string]rsschema.Attribute, len(clientSessionAttributes))
	for _, a := range clientSessionAttributes {
		description := a.description + a.resourceEffect()
		// Every argument is also Computed: left out, it holds what Seam gave the session.
		optional, computed := a.role != computedStable && a.role != computedVarying, true
		switch a.kind {
		case kindString:
			out[a.name] = rsschema.StringAttribute{
				Description: description, Optional: optional, Computed: computed, Sensitive: a.sensitive,
				DeprecationMessage: a.deprecation, Validators: argumentValidators(a), PlanModifiers: stringPlanModifiers(a.role),
			}
		case kindInt64:
			out[a.name] = rsschema.Int64Attribute{Description: description, Computed: true, Sensitive: a.sensitive, DeprecationMessage: a.deprecation}
		case kindIDSet:
			out[a.name] = rsschema.SetAttribute{
				Description: description, Optional: optional, Computed: computed, Sensitive: a.sensitive, ElementType: idSetType,
				DeprecationMessage: a.deprecation, Validators: idSetValidators(), PlanModifiers: setPlanModifiers(a),
			}
		case kindTimestamp:
			out[a.name] = rsschema.StringAttribute{
				Description: description, Optional: optional, Computed: computed, Sensitive: a.sensitive, CustomType: timestampType,
				DeprecationMessage: a.deprecation, PlanModifiers: stringPlanModifiers(a.role),
			}
		}
	}
	return out
}
