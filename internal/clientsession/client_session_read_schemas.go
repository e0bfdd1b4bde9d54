package clientsession

import (
	"slices"

	dsschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	ephschema "github.com/hashicorp/terraform-plugin-framework/ephemeral/schema"
)

// The framework has a schema package per kind of object; these turn the one attribute table
// of the read-only schemas (the data source, the items of seam_client_sessions, the ephemeral
// resource) into each. They take the lookup keys as arguments when withLookup, and leave out
// the attributes named in leaveOut. The managed resource writes its own schema out
// (client_session_resource_schema.go).

func dataSourceAttributes(withLookup bool, leaveOut ...string) map[string]dsschema.Attribute {
	out := make(map[string]dsschema.Attribute, len(clientSessionAttributes))
	for _, a := range clientSessionAttributes {
		if slices.Contains(leaveOut, a.name) {
			continue
		}
		switch a.kind {
		case kindString:
			attr := dsschema.StringAttribute{Description: a.description, Computed: true, Sensitive: a.sensitive, DeprecationMessage: a.deprecation}
			if withLookup && a.lookup != "" {
				attr.Description, attr.Optional, attr.Validators = a.lookup, true, nonEmpty
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
				attr.Description, attr.Optional, attr.Validators = a.lookup, true, nonEmpty
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
