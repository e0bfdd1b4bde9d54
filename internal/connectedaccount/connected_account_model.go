package connectedaccount

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

const (
	attrID                            = "id"
	attrConnectedAccountID            = "connected_account_id"
	attrAccountType                   = "account_type"
	attrAccountTypeDisplayName        = "account_type_display_name"
	attrDisplayName                   = "display_name"
	attrCustomerKey                   = "customer_key"
	attrCreatedAt                     = "created_at"
	attrAutomaticallyManageNewDevices = "automatically_manage_new_devices"
	attrAcceptedCapabilities          = "accepted_capabilities"
	attrCustomMetadata                = "custom_metadata"
)

// accountItem is a connected account's attributes: seam_connected_account's state, and one of
// seam_connected_accounts' accounts.
type accountItem struct {
	ID                            types.String  `tfsdk:"id"`
	ConnectedAccountID            types.String  `tfsdk:"connected_account_id"`
	AccountType                   types.String  `tfsdk:"account_type"`
	AccountTypeDisplayName        types.String  `tfsdk:"account_type_display_name"`
	DisplayName                   types.String  `tfsdk:"display_name"`
	CustomerKey                   types.String  `tfsdk:"customer_key"`
	CreatedAt                     instant.Value `tfsdk:"created_at"`
	AutomaticallyManageNewDevices types.Bool    `tfsdk:"automatically_manage_new_devices"`
	AcceptedCapabilities          types.Set     `tfsdk:"accepted_capabilities"`
	CustomMetadata                types.Map     `tfsdk:"custom_metadata"`
}

// fill sets every attribute from a: the one mapping from the API to Terraform.
func (m *accountItem) fill(ctx context.Context, a *seam.ConnectedAccount) diag.Diagnostics {
	capabilities := a.AcceptedCapabilities
	if capabilities == nil {
		capabilities = []string{}
	}
	set, diags := types.SetValueFrom(ctx, types.StringType, capabilities)
	meta, d := types.MapValueFrom(ctx, types.StringType, shared.MetadataStrings(a.CustomMetadata))
	diags.Append(d...)
	m.ID = types.StringValue(a.ConnectedAccountID)
	m.ConnectedAccountID = types.StringValue(a.ConnectedAccountID)
	m.AccountType = types.StringPointerValue(a.AccountType)
	m.AccountTypeDisplayName = types.StringValue(a.AccountTypeDisplayName)
	m.DisplayName = types.StringValue(a.DisplayName)
	m.CustomerKey = types.StringPointerValue(a.CustomerKey)
	m.CreatedAt = instant.NewPointer(a.CreatedAt)
	m.AutomaticallyManageNewDevices = types.BoolValue(a.AutomaticallyManageNewDevices)
	m.AcceptedCapabilities = set
	m.CustomMetadata = meta
	return diags
}

// itemAttributes are a connected account's computed attributes, as both data sources show them.
func itemAttributes() map[string]schema.Attribute {
	str := func(d string) schema.StringAttribute { return schema.StringAttribute{Description: d, Computed: true} }
	return map[string]schema.Attribute{
		attrID:                     str("The connected account's ID, the same as `connected_account_id`."),
		attrConnectedAccountID:     str("The connected account's ID: what `seam_client_session`'s `connected_account_ids` take."),
		attrAccountType:            str("The device provider's key, such as `august`, or null."),
		attrAccountTypeDisplayName: str("The device provider's name, such as `August`."),
		attrDisplayName:            str("The account's display name, usually the end user's login there."),
		attrCustomerKey:            str("The customer the account belongs to, or null."),
		attrCreatedAt: schema.StringAttribute{Description: "When the account was connected, in RFC 3339 format, or null.",
			CustomType: instant.Type{}, Computed: true},
		attrAutomaticallyManageNewDevices: schema.BoolAttribute{
			Description: "Whether devices added to the account later become managed devices.", Computed: true},
		attrAcceptedCapabilities: schema.SetAttribute{Description: "The device capabilities accepted when the account was connected.",
			ElementType: types.StringType, Computed: true},
		attrCustomMetadata: schema.MapAttribute{Description: "The key-value pairs set on the account (from its Connect Webview).",
			ElementType: types.StringType, Computed: true},
	}
}
