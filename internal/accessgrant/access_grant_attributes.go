package accessgrant

import (
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

const (
	attrID                     = "id"
	attrAccessGrantID          = "access_grant_id"
	attrUserIdentityID         = "user_identity_id"
	attrSpaceIDs               = "space_ids"
	attrDeviceIDs              = "device_ids"
	attrAcsEntranceIDs         = "acs_entrance_ids"
	attrRequestedAccessMethods = "requested_access_methods"
	attrStartsAt               = "starts_at"
	attrEndsAt                 = "ends_at"
	attrName                   = "name"
	attrAccessGrantKey         = "access_grant_key"
	attrWorkspaceID            = "workspace_id"
	attrDisplayName            = "display_name"
	attrCreatedAt              = "created_at"
	attrAccessMethodIDs        = "access_method_ids"
	attrAccessMethods          = "access_methods"
	attrClientSessionToken     = "client_session_token"
	attrInstantKeyURL          = "instant_key_url"
	attrMode                   = "mode"
	attrCode                   = "code"
)

// grant is Seam's access grant, the access methods Seam lists for it, and its requested
// access methods as the state holds them (what was asked for, codes not known until apply
// taken from Seam).
type grant struct {
	*seam.AccessGrant
	methods   []seam.AccessMethod
	requested []seam.RequestedAccessMethod
}

func grantID(g *grant) string { return g.AccessGrantID }

var ids = []validator.Set{setvalidator.SizeAtLeast(1), setvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1))}

const (
	replaces = "Changing it replaces the grant (`/access_grants/update` cannot change it), and so its access methods."
	inPlace  = "Changing it updates the grant in place (`/access_grants/update`)."
)

var modes = []validator.String{stringvalidator.OneOf("code", "card", "mobile_key", "cloud_key")}

// requestedAttributes are one requested access method's: a mode, and for the code mode the
// PIN code, a credential.
var requestedAttributes = shared.NewTable([]shared.Attr[seam.RequestedAccessMethod]{
	{Name: attrMode, Value: shared.String(func(r *seam.RequestedAccessMethod) string { return r.Mode }),
		Seam: "Access method mode. Supported values: `code`, `card`, `mobile_key`, `cloud_key`.",
		Doc:  "`code` is a PIN code; `mobile_key` the person's app, through a client session, and an Instant Key URL.",
		Arg:  shared.Required, Validators: modes},
	{Name: attrCode, Value: shared.OptionalString(func(r *seam.RequestedAccessMethod) *string { return r.Code }),
		Seam: "Specific PIN code to use for this access method.",
		Doc:  "For the code mode only, 4 to 9 digits; left out, Seam generates one (read it from `access_methods`).",
		Arg:  shared.OptionalComputed, Unkept: true, Sensitive: true, Validators: []validator.String{pinCode},
		Manage: "The state keeps the code Seam reports when the configuration leaves it out, so that a grant adopted with a " +
			"code is not replaced. Sensitive: it is never shown, not even in an error."},
})

// methodAttributes are one access method Seam made for the grant; code, client_session_token
// and instant_key_url are credentials.
var methodAttributes = shared.NewTable([]shared.Attr[seam.AccessMethod]{
	{Name: "access_method_id", Value: shared.String(func(m *seam.AccessMethod) string { return m.AccessMethodID }),
		Seam: "ID of the access method."},
	{Name: attrMode, Value: shared.String(func(m *seam.AccessMethod) string { return m.Mode }),
		Seam: "Access method mode. Supported values: `code`, `card`, `mobile_key`, `cloud_key`."},
	{Name: attrDisplayName, Value: shared.String(func(m *seam.AccessMethod) string { return m.DisplayName }),
		Seam: "Display name of the access method."},
	{Name: "is_issued", Value: shared.Bool(func(m *seam.AccessMethod) bool { return m.IsIssued }),
		Seam: "Indicates whether the access method has been issued."},
	{Name: "issued_at", Value: shared.OptionalTime(func(m *seam.AccessMethod) *time.Time { return m.IssuedAt }),
		Seam: "Date and time at which the access method was issued.", Doc: "In RFC 3339 format, or null."},
	{Name: attrCode, Value: shared.OptionalString(func(m *seam.AccessMethod) *string { return m.Code }),
		Seam: "The actual PIN code for code access methods.", Doc: "Sensitive.", Sensitive: true},
	{Name: attrClientSessionToken, Value: shared.OptionalString(func(m *seam.AccessMethod) *string { return m.ClientSessionToken }),
		Seam: "Token of the client session associated with the access method.", Doc: "A mobile key's: sensitive.", Sensitive: true},
	{Name: attrInstantKeyURL, Value: shared.OptionalString(func(m *seam.AccessMethod) *string { return m.InstantKeyURL }),
		Seam: "URL of the Instant Key for mobile key access methods.", Doc: "Sensitive.", Sensitive: true},
})

// attributes are the access grant's, for the resource, the data source and list results.
var attributes = shared.NewTable([]shared.Attr[grant]{
	{Name: attrID, Value: shared.String(grantID), Doc: "The grant's ID, the same as `access_grant_id`.", Stable: true},
	{Name: attrAccessGrantID, Value: shared.String(grantID), Seam: "ID of the Access Grant.", Stable: true,
		Lookup: "The ID of the access grant to read. Exactly one of `access_grant_id` and `access_grant_key`."},
	{Name: attrUserIdentityID, Value: shared.String(func(g *grant) string { return g.UserIdentityID }),
		Seam: "ID of user identity to which the Access Grant gives access.", Doc: "A `seam_user_identity`.",
		Arg: shared.Required, Manage: replaces, Validators: shared.NonEmpty,
		PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}},
	{Name: attrSpaceIDs, Value: shared.StringSet(func(g *grant) []string { return g.SpaceIDs }),
		Seam: "IDs of the spaces to which the Access Grant gives access.", Doc: "`seam_space`s.", Arg: shared.OptionalComputed,
		Manage: replaces + " A space replaced (a new `space_key`, say) replaces the grants on it, with new PIN codes (unless one " +
			"is requested) and mobile keys. A new grant opens something: at least one of `space_ids`, `device_ids` and " +
			"`acs_entrance_ids` holds an ID. Empty for a grant that opens devices or entrances only, as `terraform query` writes one.",
		Validators:    []validator.Set{setvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1))},
		PlanModifiers: []planmodifier.Set{setplanmodifier.RequiresReplaceIfConfigured()}},
	{Name: attrDeviceIDs, Value: shared.Kept[grant](shared.StringSetType), Scope: shared.ResourceOnly,
		Doc: "Devices the grant opens, beside its spaces'.", Arg: shared.Optional,
		Manage: replaces + " Seam's grant does not keep them: the state keeps what was configured, and an imported grant takes " +
			"the configuration's in place.",
		Validators: ids, PlanModifiers: []planmodifier.Set{shared.ReplaceUnlessUnrecorded{}}},
	{Name: attrAcsEntranceIDs, Value: shared.Kept[grant](shared.StringSetType), Scope: shared.ResourceOnly,
		Doc: "Access system entrances the grant opens.", Arg: shared.Optional,
		Manage:     replaces + " Seam's grant does not keep them, as for `device_ids`.",
		Validators: ids, PlanModifiers: []planmodifier.Set{shared.ReplaceUnlessUnrecorded{}}},
	{Name: attrRequestedAccessMethods, Value: shared.Objects(func(g *grant) []seam.RequestedAccessMethod { return g.requested }, requestedAttributes),
		Seam: "Access methods that the user requested for the Access Grant.", Doc: "How the person gets in: one access method per entry.",
		Arg: shared.Required, Manage: replaces,
		Validators: []validator.List{listvalidator.SizeAtLeast(1), codeOnlyForCodeMode{}}, PlanModifiers: []planmodifier.List{sameRequestedMethods{}}},
	{Name: attrStartsAt, Value: shared.Time(func(g *grant) time.Time { return g.StartsAt }),
		Seam: "Date and time at which the Access Grant starts.",
		Doc:  "In RFC 3339 format; the same instant written another way, or finer than Seam keeps (milliseconds), is no change.",
		Arg:  shared.OptionalComputed, Manage: "Left out, Seam starts it at once. " + inPlace,
		PlanModifiers: []planmodifier.String{instant.SameInstant{}}},
	{Name: attrEndsAt, Value: shared.OptionalTime(func(g *grant) *time.Time { return g.EndsAt }),
		Seam: "Date and time at which the Access Grant ends.",
		Doc:  "In RFC 3339 format; the same instant written another way, or finer than Seam keeps (milliseconds), is no change.",
		Arg:  shared.Optional,
		Manage: "A time in the past is refused at plan time whenever the grant would be created or changed; a grant that has " +
			"ended stays as Seam reports it. Left out, it does not end. " + inPlace,
		PlanModifiers: []planmodifier.String{instant.SameInstant{}}},
	{Name: attrName, Value: shared.OptionalString(func(g *grant) *string { return g.Name }),
		Seam: "Name of the Access Grant. If not provided, the display name will be computed.", Arg: shared.Optional, Manage: inPlace,
		Validators: shared.NonEmpty},
	{Name: attrAccessGrantKey, Value: shared.OptionalString(func(g *grant) *string { return g.AccessGrantKey }),
		Seam: "Unique key for the access grant within the workspace.",
		Doc:  "The data source can look the grant up by it, and a lost create is settled by it.",
		Arg:  shared.OptionalComputed,
		Manage: "Another grant with the key is an error that names it. Changing it replaces the grant, and so its access methods: " +
			"Seam's key selects a grant (`/access_grants/update` takes it as the \"Key of the Access Grant to update\") and no " +
			"route changes it. Left out, Seam's value is kept and not managed.",
		Validators: shared.NonEmpty, PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplaceIfConfigured()},
		Lookup: "The key of the access grant to read. Exactly one of `access_grant_id` and `access_grant_key`."},
	{Name: attrWorkspaceID, Value: shared.String(func(g *grant) string { return g.WorkspaceID }),
		Seam: "ID of the Seam workspace associated with the Access Grant.", Stable: true},
	{Name: attrDisplayName, Value: shared.String(func(g *grant) string { return g.DisplayName }),
		Seam: "Display name of the Access Grant."},
	{Name: attrCreatedAt, Value: shared.Time(func(g *grant) time.Time { return g.CreatedAt }),
		Seam: "Date and time at which the Access Grant was created.", Doc: "In RFC 3339 format.", Stable: true},
	{Name: attrAccessMethodIDs, Value: shared.StringList(func(g *grant) []string { return g.AccessMethodIDs }),
		Seam: "IDs of the access methods created for the Access Grant.", Stable: true},
	// Seam issues access methods on its own time: read at each refresh and after each change.
	{Name: attrAccessMethods, Value: shared.Objects(func(g *grant) []seam.AccessMethod { return g.methods }, methodAttributes),
		Doc: "The access methods Seam made for the grant (`/access_methods/list`), as Seam issues them: a PIN code's `code`, a " +
			"mobile key's `client_session_token` and `instant_key_url` once issued. Sensitive where they are credentials."},
	{Name: attrClientSessionToken, Value: shared.OptionalString(func(g *grant) *string { return g.ClientSessionToken }),
		Seam: "Client Session Token. Only returned if the Access Grant has a mobile_key access method.",
		Doc:  "For the person's app: a credential, sensitive.", Sensitive: true, Stable: true},
	{Name: attrInstantKeyURL, Value: shared.OptionalString(func(g *grant) *string { return g.InstantKeyURL }),
		Seam: "Instant Key URL. Only returned if the Access Grant has a single mobile_key access_method.",
		Doc:  "It opens the doors from a phone: a credential, sensitive.", Sensitive: true, Stable: true},
})
