package clientsession

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// clientSessionModel is a client session's attributes: the data source's state, the
// ephemeral resource's result, an item of seam_client_sessions, and the resource's state
// (embedded in clientSessionResourceModel).
type clientSessionModel struct {
	ID                  types.String  `tfsdk:"id"`
	ClientSessionID     types.String  `tfsdk:"client_session_id"`
	UserIdentifierKey   types.String  `tfsdk:"user_identifier_key"`
	Token               types.String  `tfsdk:"token"`
	WorkspaceID         types.String  `tfsdk:"workspace_id"`
	CreatedAt           instant.Value `tfsdk:"created_at"`
	ExpiresAt           instant.Value `tfsdk:"expires_at"`
	DeviceCount         types.Int64   `tfsdk:"device_count"`
	ConnectedAccountIDs types.Set     `tfsdk:"connected_account_ids"`
	ConnectWebviewIDs   types.Set     `tfsdk:"connect_webview_ids"`
	UserIdentityIDs     types.Set     `tfsdk:"user_identity_ids"`
	UserIdentityID      types.String  `tfsdk:"user_identity_id"`
	CustomerKey         types.String  `tfsdk:"customer_key"`
	CustomerID          types.String  `tfsdk:"customer_id"`
}

// lookup is what the configuration asks for; empty fields were not set.
func (m *clientSessionModel) lookup() seam.ClientSessionLookup {
	return seam.ClientSessionLookup{
		ClientSessionID:   m.ClientSessionID.ValueString(),
		UserIdentifierKey: m.UserIdentifierKey.ValueString(),
	}
}

// fill sets every attribute from s: the one mapping from the API to Terraform.
func (m *clientSessionModel) fill(ctx context.Context, s *seam.ClientSession) diag.Diagnostics {
	var diags diag.Diagnostics
	set := func(ids []string) types.Set {
		if ids == nil {
			ids = []string{}
		}
		v, d := types.SetValueFrom(ctx, idSetType, ids)
		diags.Append(d...)
		return v
	}
	m.ID = types.StringValue(s.ClientSessionID)
	m.ClientSessionID = types.StringValue(s.ClientSessionID)
	m.UserIdentifierKey = types.StringPointerValue(s.UserIdentifierKey)
	m.Token = types.StringValue(s.Token)
	m.WorkspaceID = types.StringValue(s.WorkspaceID)
	m.CreatedAt = instant.New(s.CreatedAt)
	m.ExpiresAt = instant.New(s.ExpiresAt)
	m.DeviceCount = types.Int64Value(int64(s.DeviceCount))
	m.ConnectedAccountIDs = set(s.ConnectedAccountIDs)
	m.ConnectWebviewIDs = set(s.ConnectWebviewIDs)
	m.UserIdentityIDs = set(s.UserIdentityIDs)
	m.UserIdentityID = types.StringPointerValue(s.UserIdentityID)
	m.CustomerKey = types.StringPointerValue(s.CustomerKey)
	m.CustomerID = types.StringPointerValue(s.CustomerID)
	return diags
}
