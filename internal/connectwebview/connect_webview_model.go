package connectwebview

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

const (
	attrID                            = "id"
	attrConnectWebviewID              = "connect_webview_id"
	attrAcceptedProviders             = "accepted_providers"
	attrProviderCategory              = "provider_category"
	attrAcceptedCapabilities          = "accepted_capabilities"
	attrCustomRedirectURL             = "custom_redirect_url"
	attrCustomRedirectFailureURL      = "custom_redirect_failure_url"
	attrCustomerKey                   = "customer_key"
	attrCustomMetadata                = "custom_metadata"
	attrAutomaticallyManageNewDevices = "automatically_manage_new_devices"
	attrWaitForDeviceCreation         = "wait_for_device_creation"
	attrDeviceSelectionMode           = "device_selection_mode"
	attrExcludedProviders             = "excluded_providers"
	attrURL                           = "url"
	attrStatus                        = "status"
	attrLoginSuccessful               = "login_successful"
	attrConnectedAccountID            = "connected_account_id"
	attrSelectedProvider              = "selected_provider"
	attrAuthorizedAt                  = "authorized_at"
	attrCreatedAt                     = "created_at"
	attrWorkspaceID                   = "workspace_id"
	attrAcceptedDevices               = "accepted_devices"
	attrAnyDeviceAllowed              = "any_device_allowed"
	attrAnyProviderAllowed            = "any_provider_allowed"
)

// connectWebviewModel is Seam's Connect Webview object: the data source's state, and the
// resource's with the two arguments Seam does not echo (connectWebviewResourceModel).
type connectWebviewModel struct {
	ID                            types.String  `tfsdk:"id"`
	ConnectWebviewID              types.String  `tfsdk:"connect_webview_id"`
	AcceptedProviders             types.Set     `tfsdk:"accepted_providers"`
	AcceptedCapabilities          types.Set     `tfsdk:"accepted_capabilities"`
	CustomRedirectURL             types.String  `tfsdk:"custom_redirect_url"`
	CustomRedirectFailureURL      types.String  `tfsdk:"custom_redirect_failure_url"`
	CustomerKey                   types.String  `tfsdk:"customer_key"`
	CustomMetadata                types.Map     `tfsdk:"custom_metadata"`
	AutomaticallyManageNewDevices types.Bool    `tfsdk:"automatically_manage_new_devices"`
	WaitForDeviceCreation         types.Bool    `tfsdk:"wait_for_device_creation"`
	DeviceSelectionMode           types.String  `tfsdk:"device_selection_mode"`
	URL                           types.String  `tfsdk:"url"`
	Status                        types.String  `tfsdk:"status"`
	LoginSuccessful               types.Bool    `tfsdk:"login_successful"`
	ConnectedAccountID            types.String  `tfsdk:"connected_account_id"`
	SelectedProvider              types.String  `tfsdk:"selected_provider"`
	AuthorizedAt                  instant.Value `tfsdk:"authorized_at"`
	CreatedAt                     instant.Value `tfsdk:"created_at"`
	WorkspaceID                   types.String  `tfsdk:"workspace_id"`
	AcceptedDevices               types.Set     `tfsdk:"accepted_devices"`
	AnyDeviceAllowed              types.Bool    `tfsdk:"any_device_allowed"`
	AnyProviderAllowed            types.Bool    `tfsdk:"any_provider_allowed"`
}

// connectWebviewResourceModel is the resource's state: Seam's object, and what the creator
// asked for that Seam's object does not hold.
type connectWebviewResourceModel struct {
	connectWebviewModel
	ProviderCategory  types.String `tfsdk:"provider_category"`
	ExcludedProviders types.Set    `tfsdk:"excluded_providers"`
}

// fill sets every attribute from w: the one mapping from the API to Terraform.
func (m *connectWebviewModel) fill(ctx context.Context, w *seam.ConnectWebview) diag.Diagnostics {
	var diags diag.Diagnostics
	set := func(ids []string) types.Set {
		if ids == nil {
			ids = []string{}
		}
		v, d := types.SetValueFrom(ctx, types.StringType, ids)
		diags.Append(d...)
		return v
	}
	metadata := make(map[string]string, len(w.CustomMetadata))
	for k, v := range w.CustomMetadata {
		if v != nil {
			metadata[k] = fmt.Sprint(v)
		}
	}
	meta, d := types.MapValueFrom(ctx, types.StringType, metadata)
	diags.Append(d...)
	m.ID = types.StringValue(w.ConnectWebviewID)
	m.ConnectWebviewID = types.StringValue(w.ConnectWebviewID)
	m.AcceptedProviders = set(w.AcceptedProviders)
	m.AcceptedCapabilities = set(w.AcceptedCapabilities)
	m.CustomRedirectURL = types.StringPointerValue(w.CustomRedirectURL)
	m.CustomRedirectFailureURL = types.StringPointerValue(w.CustomRedirectFailureURL)
	m.CustomerKey = types.StringPointerValue(w.CustomerKey)
	m.CustomMetadata = meta
	m.AutomaticallyManageNewDevices = types.BoolValue(w.AutomaticallyManageNewDevices)
	m.WaitForDeviceCreation = types.BoolValue(w.WaitForDeviceCreation)
	m.DeviceSelectionMode = types.StringValue(w.DeviceSelectionMode)
	m.URL = types.StringValue(w.URL)
	m.Status = types.StringValue(w.Status)
	m.LoginSuccessful = types.BoolValue(w.LoginSuccessful)
	m.ConnectedAccountID = types.StringPointerValue(w.ConnectedAccountID)
	m.SelectedProvider = types.StringPointerValue(w.SelectedProvider)
	m.AuthorizedAt = instant.NewNull()
	if w.AuthorizedAt != nil {
		m.AuthorizedAt = instant.New(*w.AuthorizedAt)
	}
	m.CreatedAt = instant.New(w.CreatedAt)
	m.WorkspaceID = types.StringValue(w.WorkspaceID)
	m.AcceptedDevices = set(w.AcceptedDevices)
	m.AnyDeviceAllowed = types.BoolValue(w.AnyDeviceAllowed)
	m.AnyProviderAllowed = types.BoolValue(w.AnyProviderAllowed)
	return diags
}

// createRequest is what the plan asks Seam to make; unknown and null values are left out.
func (m *connectWebviewResourceModel) createRequest(ctx context.Context) (seam.CreateConnectWebviewRequest, diag.Diagnostics) {
	var diags diag.Diagnostics
	strs := func(s types.Set) []string {
		var out []string
		if !s.IsNull() && !s.IsUnknown() {
			diags.Append(s.ElementsAs(ctx, &out, false)...)
		}
		return out
	}
	boolean := func(b types.Bool) *bool {
		if b.IsNull() || b.IsUnknown() {
			return nil
		}
		return b.ValueBoolPointer()
	}
	req := seam.CreateConnectWebviewRequest{
		AcceptedProviders:             strs(m.AcceptedProviders),
		ProviderCategory:              m.ProviderCategory.ValueString(),
		AcceptedCapabilities:          strs(m.AcceptedCapabilities),
		CustomRedirectURL:             m.CustomRedirectURL.ValueString(),
		CustomRedirectFailureURL:      m.CustomRedirectFailureURL.ValueString(),
		CustomerKey:                   m.CustomerKey.ValueString(),
		AutomaticallyManageNewDevices: boolean(m.AutomaticallyManageNewDevices),
		WaitForDeviceCreation:         boolean(m.WaitForDeviceCreation),
		DeviceSelectionMode:           m.DeviceSelectionMode.ValueString(),
		ExcludedProviders:             strs(m.ExcludedProviders),
	}
	if !m.CustomMetadata.IsNull() && !m.CustomMetadata.IsUnknown() {
		diags.Append(m.CustomMetadata.ElementsAs(ctx, &req.CustomMetadata, false)...)
	}
	return req, diags
}
