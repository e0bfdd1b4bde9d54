package connectwebview

import (
	"context"
	"maps"
	"reflect"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
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
	meta := types.MapNull(types.StringType)
	if w.CustomMetadata != nil {
		var d diag.Diagnostics
		meta, d = types.MapValueFrom(ctx, types.StringType, shared.MetadataStrings(w.CustomMetadata))
		diags.Append(d...)
	}
	m.ID = types.StringValue(w.ConnectWebviewID)
	m.ConnectWebviewID = types.StringValue(w.ConnectWebviewID)
	m.AcceptedProviders = set(w.AcceptedProviders)
	m.AcceptedCapabilities = types.SetNull(types.StringType)
	if w.AcceptedCapabilities != nil {
		m.AcceptedCapabilities = set(w.AcceptedCapabilities)
	}
	m.CustomRedirectURL = types.StringPointerValue(w.CustomRedirectURL)
	m.CustomRedirectFailureURL = types.StringPointerValue(w.CustomRedirectFailureURL)
	m.CustomerKey = types.StringPointerValue(w.CustomerKey)
	m.CustomMetadata = meta
	m.AutomaticallyManageNewDevices = types.BoolPointerValue(w.AutomaticallyManageNewDevices)
	m.WaitForDeviceCreation = types.BoolPointerValue(w.WaitForDeviceCreation)
	m.DeviceSelectionMode = types.StringValue(w.DeviceSelectionMode)
	m.URL = types.StringValue(w.URL)
	m.Status = types.StringValue(w.Status)
	m.LoginSuccessful = types.BoolValue(w.LoginSuccessful)
	m.ConnectedAccountID = types.StringPointerValue(w.ConnectedAccountID)
	m.SelectedProvider = types.StringPointerValue(w.SelectedProvider)
	m.AuthorizedAt = instant.NewPointer(w.AuthorizedAt)
	m.CreatedAt = instant.New(w.CreatedAt)
	m.WorkspaceID = types.StringValue(w.WorkspaceID)
	m.AcceptedDevices = set(w.AcceptedDevices)
	m.AnyDeviceAllowed = types.BoolValue(w.AnyDeviceAllowed)
	m.AnyProviderAllowed = types.BoolValue(w.AnyProviderAllowed)
	return diags
}

// choices are the creator's choices as one of Seam's answers holds them: those that Seam's
// fake does not echo (it answers its defaults, or nothing, whatever was asked).
type choices struct {
	AcceptedCapabilities          []string          `json:"accepted_capabilities"`
	CustomMetadata                map[string]string `json:"custom_metadata"`
	AutomaticallyManageNewDevices *bool             `json:"automatically_manage_new_devices"`
	WaitForDeviceCreation         *bool             `json:"wait_for_device_creation"`
	CustomerKey                   *string           `json:"customer_key"`
}

func choicesOf(w *seam.ConnectWebview) choices {
	c := choices{AcceptedCapabilities: slices.Sorted(slices.Values(w.AcceptedCapabilities)), AutomaticallyManageNewDevices: w.AutomaticallyManageNewDevices,
		WaitForDeviceCreation: w.WaitForDeviceCreation, CustomerKey: w.CustomerKey}
	if w.CustomMetadata != nil {
		c.CustomMetadata = shared.MetadataStrings(w.CustomMetadata)
	}
	if w.AcceptedCapabilities == nil {
		c.AcceptedCapabilities = nil
	}
	return c
}

// fillKeeping is fill for the resource. Of the creator's choices, what Seam answered to the
// create (created) is the baseline: while Seam's answer still holds that, or leaves the choice
// out, the state keeps what it had (what was configured); a choice Seam now answers otherwise
// was changed outside Terraform, and the state takes Seam's. Seam echoes what it was asked,
// so the baseline is the configuration; Seam's fake answers defaults, and its webviews still
// plan no change. created is nil for a webview the provider did not make (an import).
func (m *connectWebviewResourceModel) fillKeeping(ctx context.Context, w *seam.ConnectWebview, created *choices) diag.Diagnostics {
	prior := m.connectWebviewModel
	diags := m.fill(ctx, w)
	now := choicesOf(w)
	keep := func(absent, unchanged bool, had attr.Value, set func()) {
		if (absent || created != nil && unchanged) && !had.IsUnknown() && !had.IsNull() {
			set()
		}
	}
	var c choices
	if created != nil {
		c = *created
	}
	keep(w.CustomerKey == nil, reflect.DeepEqual(now.CustomerKey, c.CustomerKey), prior.CustomerKey,
		func() { m.CustomerKey = prior.CustomerKey })
	keep(w.CustomMetadata == nil, reflect.DeepEqual(now.CustomMetadata, c.CustomMetadata), prior.CustomMetadata,
		func() { m.CustomMetadata = prior.CustomMetadata })
	keep(w.AcceptedCapabilities == nil, reflect.DeepEqual(now.AcceptedCapabilities, c.AcceptedCapabilities), prior.AcceptedCapabilities,
		func() { m.AcceptedCapabilities = prior.AcceptedCapabilities })
	keep(w.AutomaticallyManageNewDevices == nil, reflect.DeepEqual(now.AutomaticallyManageNewDevices, c.AutomaticallyManageNewDevices),
		prior.AutomaticallyManageNewDevices, func() { m.AutomaticallyManageNewDevices = prior.AutomaticallyManageNewDevices })
	keep(w.WaitForDeviceCreation == nil, reflect.DeepEqual(now.WaitForDeviceCreation, c.WaitForDeviceCreation),
		prior.WaitForDeviceCreation, func() { m.WaitForDeviceCreation = prior.WaitForDeviceCreation })
	return diags
}

// createRequest is what the plan asks Seam to make; unknown and null values are left out.
func (m *connectWebviewResourceModel) createRequest(ctx context.Context) (seam.CreateConnectWebviewRequest, diag.Diagnostics) {
	var diags diag.Diagnostics
	strs := func(s types.Set) []string {
		out, d := shared.KnownStrings(ctx, s)
		diags.Append(d...)
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

// madeBy reports whether w is what req asked for, as far as Seam's object shows: fields Seam
// does not echo (provider_category, excluded_providers) or leaves out are not compared.
func madeBy(req seam.CreateConnectWebviewRequest) func(*seam.ConnectWebview) bool {
	sameSet := func(asked, got []string) bool {
		return asked == nil || got == nil || slices.Equal(slices.Sorted(slices.Values(asked)), slices.Sorted(slices.Values(got)))
	}
	sameString := func(asked string, got *string) bool { return asked == "" || (got != nil && *got == asked) }
	sameBool := func(asked, got *bool) bool { return asked == nil || got == nil || *asked == *got }
	return func(w *seam.ConnectWebview) bool {
		providers := req.AcceptedProviders
		if req.ProviderCategory != "" {
			providers = nil // Seam fills the category's providers in
		}
		return sameSet(providers, w.AcceptedProviders) && sameSet(req.AcceptedCapabilities, w.AcceptedCapabilities) &&
			sameString(req.CustomRedirectURL, w.CustomRedirectURL) && sameString(req.CustomRedirectFailureURL, w.CustomRedirectFailureURL) &&
			(req.CustomerKey == "" || w.CustomerKey == nil || *w.CustomerKey == req.CustomerKey) &&
			(req.CustomMetadata == nil || w.CustomMetadata == nil || maps.Equal(req.CustomMetadata, shared.MetadataStrings(w.CustomMetadata))) &&
			sameBool(req.AutomaticallyManageNewDevices, w.AutomaticallyManageNewDevices) &&
			sameBool(req.WaitForDeviceCreation, w.WaitForDeviceCreation) &&
			(req.DeviceSelectionMode == "" || req.DeviceSelectionMode == w.DeviceSelectionMode)
	}
}
