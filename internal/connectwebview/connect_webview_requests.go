package connectwebview

import (
	"maps"
	"slices"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// createRequest is what the plan asks Seam to make; unknown and null values are left out.
func createRequest(plan shared.Attrs) seam.CreateConnectWebviewRequest {
	return seam.CreateConnectWebviewRequest{
		AcceptedProviders:             plan.Strings(attrAcceptedProviders),
		ProviderCategory:              plan.String(attrProviderCategory),
		AcceptedCapabilities:          plan.Strings(attrAcceptedCapabilities),
		CustomRedirectURL:             plan.String(attrCustomRedirectURL),
		CustomRedirectFailureURL:      plan.String(attrCustomRedirectFailureURL),
		CustomerKey:                   plan.String(attrCustomerKey),
		CustomMetadata:                plan.StringMap(attrCustomMetadata),
		AutomaticallyManageNewDevices: plan.Bool(attrAutomaticallyManageNewDevices),
		WaitForDeviceCreation:         plan.Bool(attrWaitForDeviceCreation),
		DeviceSelectionMode:           plan.String(attrDeviceSelectionMode),
		ExcludedProviders:             plan.Strings(attrExcludedProviders),
	}
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
