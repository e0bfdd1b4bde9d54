package useridentity

import (
	"context"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
)

// Seam's OpenAPI: keys and names are at least one character, email addresses have the
// format email, phone numbers are E.164.
var (
	nonEmpty = []validator.String{stringvalidator.LengthAtLeast(1)}
	email    = []validator.String{stringvalidator.RegexMatches(regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[^@\s]+$`),
		"must be an email address, such as jane@example.com")}
	e164 = []validator.String{stringvalidator.RegexMatches(regexp.MustCompile(`^\+[1-9][0-9]{1,14}$`),
		"must be a phone number in E.164 format: a plus sign, the country code and the number, such as +15555550100")}
)

const inPlace = " Changing it updates the user identity in place (`/user_identities/update`); removing it clears it."

func (r *userIdentityResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	stable := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	resp.Schema = schema.Schema{
		Description: "Creates and manages a Seam user identity: one end user of your app, whom client sessions, Connect " +
			"Webviews and access systems refer to. Every argument is updated in place (`/user_identities/update`).",
		Attributes: map[string]schema.Attribute{
			attrID: schema.StringAttribute{
				Description: "The user identity's ID, the same as `user_identity_id`.",
				Computed:    true, PlanModifiers: stable,
			},
			attrUserIdentityID: schema.StringAttribute{
				Description: "The user identity's ID: what `seam_client_session`'s `user_identity_id` takes.",
				Computed:    true, PlanModifiers: stable,
			},
			attrUserIdentityKey: schema.StringAttribute{
				Description: "Your app's own key for the user, unique in the workspace, such as its user ID; the data source " +
					"can look the identity up by it. Another identity of the workspace with the key is an error that names it." + inPlace,
				Optional: true, Validators: nonEmpty,
			},
			attrEmailAddress: schema.StringAttribute{
				Description: "The user's email address, unique in the workspace." + inPlace,
				Optional:    true, Validators: email,
			},
			attrPhoneNumber: schema.StringAttribute{
				Description: "The user's phone number in E.164 format (`+15555550100`), unique in the workspace." + inPlace,
				Optional:    true, Validators: e164,
			},
			attrFullName: schema.StringAttribute{
				Description: "The user's full name." + inPlace,
				Optional:    true, Validators: nonEmpty,
			},
			// Seam derives it from the other fields, so it is unknown whenever one of them changes.
			attrDisplayName: schema.StringAttribute{
				Description: "The name Seam shows for the user, made from the full name, email address or phone number.",
				Computed:    true,
			},
			attrWorkspaceID: schema.StringAttribute{
				Description: "The ID of the workspace the user identity belongs to.",
				Computed:    true, PlanModifiers: stable,
			},
			attrCreatedAt: schema.StringAttribute{
				Description: "When the user identity was created, in RFC 3339 format.",
				CustomType:  instant.Type{}, Computed: true, PlanModifiers: stable,
			},
			attrAcsUserIDs: schema.SetAttribute{
				Description: "The IDs of the access system users linked to the user identity.",
				ElementType: types.StringType, Computed: true,
			},
		},
	}
}
