package accessgrant

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
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

// requestedType is one requested access method: a mode, and a PIN code for the code mode.
var requestedType = types.ObjectType{AttrTypes: map[string]attr.Type{attrMode: types.StringType, attrCode: types.StringType}}

// methodType is one access method Seam made for the grant; code, client_session_token and
// instant_key_url are credentials.
var methodType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"access_method_id": types.StringType, attrMode: types.StringType, attrDisplayName: types.StringType,
	"is_issued": types.BoolType, "issued_at": instant.Type{}, attrCode: types.StringType,
	attrClientSessionToken: types.StringType, attrInstantKeyURL: types.StringType,
}}

// accessGrantModel is Seam's access grant and its access methods: the data source's state,
// and the resource's with the arguments Seam's object does not keep (accessGrantResourceModel).
type accessGrantModel struct {
	ID                     types.String  `tfsdk:"id"`
	AccessGrantID          types.String  `tfsdk:"access_grant_id"`
	UserIdentityID         types.String  `tfsdk:"user_identity_id"`
	SpaceIDs               types.Set     `tfsdk:"space_ids"`
	RequestedAccessMethods types.List    `tfsdk:"requested_access_methods"`
	StartsAt               instant.Value `tfsdk:"starts_at"`
	EndsAt                 instant.Value `tfsdk:"ends_at"`
	Name                   types.String  `tfsdk:"name"`
	AccessGrantKey         types.String  `tfsdk:"access_grant_key"`
	WorkspaceID            types.String  `tfsdk:"workspace_id"`
	DisplayName            types.String  `tfsdk:"display_name"`
	CreatedAt              instant.Value `tfsdk:"created_at"`
	AccessMethodIDs        types.List    `tfsdk:"access_method_ids"`
	AccessMethods          types.List    `tfsdk:"access_methods"`
	ClientSessionToken     types.String  `tfsdk:"client_session_token"`
	InstantKeyURL          types.String  `tfsdk:"instant_key_url"`
}

// accessGrantResourceModel is the resource's state: Seam's grant, and the devices and
// entrances it was asked for, which Seam's object does not keep.
type accessGrantResourceModel struct {
	accessGrantModel
	DeviceIDs      types.Set `tfsdk:"device_ids"`
	AcsEntranceIDs types.Set `tfsdk:"acs_entrance_ids"`
}

// fill sets every attribute from g and its access methods: the one mapping from the API to
// Terraform. The requested access methods are what was asked for: the state keeps them, codes
// not known until apply taken from Seam, and takes Seam's only when it has none (an import, a
// data source).
func (m *accessGrantModel) fill(ctx context.Context, g *seam.AccessGrant, methods []seam.AccessMethod) diag.Diagnostics {
	var diags diag.Diagnostics
	strs := func(ids []string) []string {
		if ids == nil {
			return []string{}
		}
		return ids
	}
	var d diag.Diagnostics
	var err error
	m.ID = types.StringValue(g.AccessGrantID)
	m.AccessGrantID = types.StringValue(g.AccessGrantID)
	m.UserIdentityID = types.StringValue(g.UserIdentityID)
	m.SpaceIDs, d = types.SetValueFrom(ctx, types.StringType, strs(g.SpaceIDs))
	diags.Append(d...)
	if m.RequestedAccessMethods, err = requestedValue(m.RequestedAccessMethods, g.RequestedAccessMethods); err != nil {
		diags.AddError("Cannot read the access grant's requested access methods", err.Error()+". This is a bug in the provider; please report it.")
	}
	m.StartsAt = instant.New(g.StartsAt)
	m.EndsAt = instant.NewPointer(g.EndsAt)
	m.Name = types.StringPointerValue(g.Name)
	m.AccessGrantKey = types.StringPointerValue(g.AccessGrantKey)
	m.WorkspaceID = types.StringValue(g.WorkspaceID)
	m.DisplayName = types.StringValue(g.DisplayName)
	m.CreatedAt = instant.New(g.CreatedAt)
	m.AccessMethodIDs, d = types.ListValueFrom(ctx, types.StringType, strs(g.AccessMethodIDs))
	diags.Append(d...)
	m.AccessMethods, d = methodsValue(methods)
	diags.Append(d...)
	m.ClientSessionToken = types.StringPointerValue(g.ClientSessionToken)
	m.InstantKeyURL = types.StringPointerValue(g.InstantKeyURL)
	return diags
}

func methodsValue(methods []seam.AccessMethod) (types.List, diag.Diagnostics) {
	values := make([]attr.Value, len(methods))
	for i, am := range methods {
		values[i] = types.ObjectValueMust(methodType.AttrTypes, map[string]attr.Value{
			"access_method_id": types.StringValue(am.AccessMethodID), attrMode: types.StringValue(am.Mode),
			attrDisplayName: types.StringValue(am.DisplayName), "is_issued": types.BoolValue(am.IsIssued), "issued_at": instant.NewPointer(am.IssuedAt),
			attrCode: types.StringPointerValue(am.Code), attrClientSessionToken: types.StringPointerValue(am.ClientSessionToken),
			attrInstantKeyURL: types.StringPointerValue(am.InstantKeyURL),
		})
	}
	return types.ListValue(methodType, values)
}

// withoutSecrets is the grant with every credential left out: for list results, which
// terraform query -json prints in clear.
func (m *accessGrantModel) withoutSecrets(ctx context.Context, g *seam.AccessGrant, methods []seam.AccessMethod) diag.Diagnostics {
	bare := *g
	bare.ClientSessionToken, bare.InstantKeyURL = nil, nil
	bare.RequestedAccessMethods = make([]seam.RequestedAccessMethod, len(g.RequestedAccessMethods))
	for i, r := range g.RequestedAccessMethods {
		bare.RequestedAccessMethods[i] = seam.RequestedAccessMethod{Mode: r.Mode}
	}
	bareMethods := make([]seam.AccessMethod, len(methods))
	for i, am := range methods {
		am.Code, am.ClientSessionToken, am.InstantKeyURL = nil, nil, nil
		bareMethods[i] = am
	}
	return m.fill(ctx, &bare, bareMethods)
}
