package useridentity

import (
	"regexp"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

const (
	attrID              = "id"
	attrUserIdentityID  = "user_identity_id"
	attrUserIdentityKey = "user_identity_key"
	attrEmailAddress    = "email_address"
	attrPhoneNumber     = "phone_number"
	attrFullName        = "full_name"
	attrDisplayName     = "display_name"
	attrWorkspaceID     = "workspace_id"
	attrCreatedAt       = "created_at"
	attrAcsUserIDs      = "acs_user_ids"
)

// Seam's OpenAPI: email addresses have the format email, phone numbers are E.164.
var (
	email = []validator.String{stringvalidator.RegexMatches(regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[^@\s]+$`),
		"must be an email address, such as jane@example.com")}
	e164 = []validator.String{stringvalidator.RegexMatches(regexp.MustCompile(`^\+[1-9][0-9]{1,14}$`),
		"must be a phone number in E.164 format: a plus sign, the country code and the number, such as +15555550100")}
)

const inPlace = "Changing it updates the user identity in place (`/user_identities/update`); removing it clears it."

func identityID(u *seam.UserIdentity) string { return u.UserIdentityID }

// attributes are the user identity's, for the resource, the data source and list results.
var attributes = shared.NewTable([]shared.Attr[seam.UserIdentity]{
	{Name: attrID, Value: shared.String(identityID), Doc: "The user identity's ID, the same as `user_identity_id`.", Stable: true},
	{Name: attrUserIdentityID, Value: shared.String(identityID), Seam: "ID of the user identity.",
		Doc: "What `seam_client_session`'s and `seam_access_grant`'s `user_identity_id` take.", Stable: true,
		Lookup: "The ID of the user identity to read. Set this or `user_identity_key`, not both."},
	{Name: attrUserIdentityKey, Value: shared.OptionalString(func(u *seam.UserIdentity) *string { return u.UserIdentityKey }),
		Seam: "Unique key for the user identity.",
		Doc:  "Your app's own key for the user, such as its user ID; the data source can look the identity up by it.",
		Arg:  shared.Optional, Manage: "Another identity of the workspace with the key is an error that names it. " + inPlace,
		Validators: shared.NonEmpty,
		Lookup: "Your app's key for the user identity to read. Set this or `user_identity_id`, not both. When the identity is " +
			"looked up by ID, Seam's value, or null."},
	{Name: attrEmailAddress, Value: shared.OptionalString(func(u *seam.UserIdentity) *string { return u.EmailAddress }),
		Seam: "Unique email address for the user identity.", Arg: shared.Optional, Manage: inPlace, Validators: email},
	{Name: attrPhoneNumber, Value: shared.OptionalString(func(u *seam.UserIdentity) *string { return u.PhoneNumber }),
		Seam: "Unique phone number for the user identity in [E.164 format](https://www.itu.int/rec/T-REC-E.164/en) (for example, +15555550100).",
		Arg:  shared.Optional, Manage: inPlace, Validators: e164},
	{Name: attrFullName, Value: shared.OptionalString(func(u *seam.UserIdentity) *string { return u.FullName }),
		Seam: "Full name of the user associated with the user identity.", Arg: shared.Optional, Manage: inPlace,
		Validators: shared.NonEmpty},
	// Seam derives it from the other fields, so it is unknown whenever one of them changes.
	{Name: attrDisplayName, Value: shared.String(func(u *seam.UserIdentity) string { return u.DisplayName }),
		Seam: "Display name for the user identity.", Doc: "Seam makes it from the full name, email address or phone number."},
	{Name: attrWorkspaceID, Value: shared.String(func(u *seam.UserIdentity) string { return u.WorkspaceID }),
		Seam: "ID of the workspace that contains the user identity.", Stable: true},
	{Name: attrCreatedAt, Value: shared.Time(func(u *seam.UserIdentity) time.Time { return u.CreatedAt }),
		Seam: "Date and time at which the user identity was created.", Doc: "In RFC 3339 format.", Stable: true},
	{Name: attrAcsUserIDs, Value: shared.StringSet(func(u *seam.UserIdentity) []string { return u.AcsUserIDs }),
		Seam: "Array of access system user IDs associated with the user identity."},
})
