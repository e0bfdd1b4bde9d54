package provider

import (
	"github.com/hashicorp/terraform-plugin-framework-timetypes/timetypes"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	dsschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	ephschema "github.com/hashicorp/terraform-plugin-framework/ephemeral/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

const (
	attrClientSessionID   = "client_session_id"
	attrUserIdentifierKey = "user_identifier_key"
)

type attributeKind int

const (
	kindString attributeKind = iota
	kindInt64
	kindStringList
	kindTimestamp
)

// clientSessionAttribute describes one attribute once, for both schemas.
type clientSessionAttribute struct {
	name        string
	kind        attributeKind
	description string
	// lookupKey marks the two arguments: Optional and Computed, non-empty.
	lookupKey   bool
	sensitive   bool
	deprecation string
}

var clientSessionAttributes = []clientSessionAttribute{
	{name: "id", kind: kindString, description: "The client session's ID, the same as `client_session_id`."},
	{name: attrClientSessionID, kind: kindString, lookupKey: true, description: "The ID of the client session to read. " +
		"Set this or `user_identifier_key`, not both. When the session is looked up another way, Seam's value."},
	{name: attrUserIdentifierKey, kind: kindString, lookupKey: true, description: "The user identifier key that your " +
		"application gave the client session when it created it, such as your own user ID. Set this or " +
		"`client_session_id`, not both. When the session is looked up by ID, Seam's value, or null when the session has none."},
	{name: "token", kind: kindString, sensitive: true, description: "The client session token (`seam_cst...`). " +
		"It grants the end user's access to their devices: treat it as a secret."},
	{name: "workspace_id", kind: kindString, description: "The ID of the workspace the client session belongs to."},
	{name: "created_at", kind: kindTimestamp, description: "When the client session was created, in RFC 3339 format."},
	{name: "expires_at", kind: kindTimestamp, description: "When the client session's token expires, in RFC 3339 format."},
	{name: "device_count", kind: kindInt64, description: "How many devices the client session gives access to."},
	{name: "connected_account_ids", kind: kindStringList, description: "The IDs of the connected accounts the client session gives access to."},
	{name: "connect_webview_ids", kind: kindStringList, description: "The IDs of the Connect Webviews the client session gives access to."},
	{name: "user_identity_ids", kind: kindStringList, deprecation: "Seam deprecated user_identity_ids; use user_identity_id.",
		description: "The IDs of the user identities associated with the client session. Deprecated by Seam: use `user_identity_id`."},
	{name: "user_identity_id", kind: kindString, description: "The ID of the user identity associated with the client session, or null."},
	{name: "customer_key", kind: kindString, description: "The key of the customer the client session belongs to, or null."},
	{name: "customer_id", kind: kindString, description: "The ID of the customer the client session belongs to, or null."},
}

func lookupKeyValidators() []validator.String {
	return []validator.String{stringvalidator.LengthAtLeast(1)}
}

func dataSourceAttributes() map[string]dsschema.Attribute {
	out := make(map[string]dsschema.Attribute, len(clientSessionAttributes))
	for _, a := range clientSessionAttributes {
		switch a.kind {
		case kindString:
			attr := dsschema.StringAttribute{Description: a.description, Computed: true, Sensitive: a.sensitive, DeprecationMessage: a.deprecation}
			if a.lookupKey {
				attr.Optional, attr.Validators = true, lookupKeyValidators()
			}
			out[a.name] = attr
		case kindInt64:
			out[a.name] = dsschema.Int64Attribute{Description: a.description, Computed: true}
		case kindStringList:
			out[a.name] = dsschema.ListAttribute{Description: a.description, Computed: true, ElementType: types.StringType, DeprecationMessage: a.deprecation}
		case kindTimestamp:
			out[a.name] = dsschema.StringAttribute{Description: a.description, Computed: true, CustomType: timetypes.RFC3339Type{}}
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
			if a.lookupKey {
				attr.Optional, attr.Validators = true, lookupKeyValidators()
			}
			out[a.name] = attr
		case kindInt64:
			out[a.name] = ephschema.Int64Attribute{Description: a.description, Computed: true}
		case kindStringList:
			out[a.name] = ephschema.ListAttribute{Description: a.description, Computed: true, ElementType: types.StringType, DeprecationMessage: a.deprecation}
		case kindTimestamp:
			out[a.name] = ephschema.StringAttribute{Description: a.description, Computed: true, CustomType: timetypes.RFC3339Type{}}
		}
	}
	return out
}
