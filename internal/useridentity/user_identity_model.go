package useridentity

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
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

// userIdentityModel is a user identity's attributes: the resource's state and the data
// source's.
type userIdentityModel struct {
	ID              types.String  `tfsdk:"id"`
	UserIdentityID  types.String  `tfsdk:"user_identity_id"`
	UserIdentityKey types.String  `tfsdk:"user_identity_key"`
	EmailAddress    types.String  `tfsdk:"email_address"`
	PhoneNumber     types.String  `tfsdk:"phone_number"`
	FullName        types.String  `tfsdk:"full_name"`
	DisplayName     types.String  `tfsdk:"display_name"`
	WorkspaceID     types.String  `tfsdk:"workspace_id"`
	CreatedAt       instant.Value `tfsdk:"created_at"`
	AcsUserIDs      types.Set     `tfsdk:"acs_user_ids"`
}

// fill sets every attribute from u: the one mapping from the API to Terraform.
func (m *userIdentityModel) fill(ctx context.Context, u *seam.UserIdentity) diag.Diagnostics {
	ids := u.AcsUserIDs
	if ids == nil {
		ids = []string{}
	}
	set, diags := types.SetValueFrom(ctx, types.StringType, ids)
	m.ID = types.StringValue(u.UserIdentityID)
	m.UserIdentityID = types.StringValue(u.UserIdentityID)
	m.UserIdentityKey = types.StringPointerValue(u.UserIdentityKey)
	m.EmailAddress = types.StringPointerValue(u.EmailAddress)
	m.PhoneNumber = types.StringPointerValue(u.PhoneNumber)
	m.FullName = types.StringPointerValue(u.FullName)
	m.DisplayName = types.StringValue(u.DisplayName)
	m.WorkspaceID = types.StringValue(u.WorkspaceID)
	m.CreatedAt = instant.New(u.CreatedAt)
	m.AcsUserIDs = set
	return diags
}

// fields are the arguments as Seam takes them; null is nil.
// changes are what an update from state to m sends: only the fields that differ.
func (m *userIdentityModel) changes(state userIdentityModel) seam.UserIdentityChanges {
	return seam.UserIdentityChanges{
		UserIdentityKey: shared.StringChange(m.UserIdentityKey, state.UserIdentityKey),
		EmailAddress:    shared.StringChange(m.EmailAddress, state.EmailAddress),
		PhoneNumber:     shared.StringChange(m.PhoneNumber, state.PhoneNumber),
		FullName:        shared.StringChange(m.FullName, state.FullName),
	}
}

func (m *userIdentityModel) fields() seam.UserIdentityFields {
	return seam.UserIdentityFields{
		UserIdentityKey: m.UserIdentityKey.ValueStringPointer(),
		EmailAddress:    m.EmailAddress.ValueStringPointer(),
		PhoneNumber:     m.PhoneNumber.ValueStringPointer(),
		FullName:        m.FullName.ValueStringPointer(),
	}
}
