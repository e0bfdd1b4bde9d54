package accessgrant

import (
	dsschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	rschema "github.com/hashicorp/terraform-plugin-framework/resource/schema"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
)

// The attributes Seam computes, the same in the resource, the data source and list results.
const (
	descWorkspaceID        = "The ID of the workspace the grant belongs to."
	descDisplayName        = "The name Seam shows for the grant: its name, or one Seam makes."
	descCreatedAt          = "When the grant was created, in RFC 3339 format."
	descAccessMethodIDs    = "The IDs of the access methods Seam made for the grant (Seam's `access_method_ids`)."
	descAccessMethods      = "The access methods Seam made for the grant (`/access_methods/list`), as Seam issues them: a PIN code's `code`, a mobile key's `client_session_token` and `instant_key_url` once issued. Sensitive where they are credentials."
	descClientSessionToken = "The client session token of the grant's mobile key, for the person's app: a credential, sensitive. Null without a mobile key."
	descInstantKeyURL      = "The Instant Key URL of the grant's one mobile key, which opens the doors from a phone: a credential, sensitive. Null without one."
)

// methodAttributes are one access method's attributes, for a data source's schema.
func methodAttributes() map[string]dsschema.Attribute {
	str := func(d string) dsschema.StringAttribute {
		return dsschema.StringAttribute{Description: d, Computed: true}
	}
	secret := func(d string) dsschema.StringAttribute {
		return dsschema.StringAttribute{Description: d, Computed: true, Sensitive: true}
	}
	return map[string]dsschema.Attribute{
		"access_method_id": str("The access method's ID."),
		attrMode:           str("`code`, `card`, `mobile_key` or `cloud_key`."),
		attrDisplayName:    str("The name Seam shows for the access method."),
		"is_issued":        dsschema.BoolAttribute{Description: "Whether Seam has issued the access method.", Computed: true},
		"issued_at": dsschema.StringAttribute{Description: "When Seam issued it, in RFC 3339 format, or null.",
			CustomType: instant.Type{}, Computed: true},
		attrCode:               secret("The PIN code, for the code mode: sensitive."),
		attrClientSessionToken: secret("The mobile key's client session token: sensitive."),
		attrInstantKeyURL:      secret("The mobile key's Instant Key URL: sensitive."),
	}
}

// resourceMethodAttributes are methodAttributes for the resource's schema.
func resourceMethodAttributes() map[string]rschema.Attribute {
	out := map[string]rschema.Attribute{}
	for name, a := range methodAttributes() {
		switch a := a.(type) {
		case dsschema.StringAttribute:
			out[name] = rschema.StringAttribute{Description: a.Description, Computed: true, Sensitive: a.Sensitive, CustomType: a.CustomType}
		case dsschema.BoolAttribute:
			out[name] = rschema.BoolAttribute{Description: a.Description, Computed: true}
		}
	}
	return out
}

// requestedAttributes are one requested access method's, read-only, for a data source.
func requestedAttributes() map[string]dsschema.Attribute {
	return map[string]dsschema.Attribute{
		attrMode: dsschema.StringAttribute{Description: "`code`, `card`, `mobile_key` or `cloud_key`.", Computed: true},
		attrCode: dsschema.StringAttribute{Description: "The PIN code asked for, or null: sensitive.", Computed: true, Sensitive: true},
	}
}
