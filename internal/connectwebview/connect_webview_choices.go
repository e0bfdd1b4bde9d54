package connectwebview

import (
	"reflect"
	"slices"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

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

// keptChoices is w as a state holds it. Of the creator's choices, what Seam answered to the
// create (created) is the baseline: while Seam's answer still holds that, or leaves the choice
// out, the state keeps what it had (prior: what was configured); a choice Seam now answers
// otherwise was changed outside Terraform, and the state takes Seam's. Seam echoes what it was
// asked, so the baseline is the configuration; Seam's fake answers defaults, and its webviews
// still plan no change. created is nil for a webview the provider did not make (an import).
func keptChoices(w *seam.ConnectWebview, prior shared.Attrs, created *choices) *webview {
	v := seamsChoices(w)
	now := choicesOf(w)
	var c choices
	if created != nil {
		c = *created
	}
	keep := func(absent, unchanged bool, name string) bool {
		return (absent || created != nil && unchanged) && prior.Known(name)
	}
	if keep(w.CustomerKey == nil, reflect.DeepEqual(now.CustomerKey, c.CustomerKey), attrCustomerKey) {
		v.customerKey = prior.StringPointer(attrCustomerKey)
	}
	if keep(w.CustomMetadata == nil, reflect.DeepEqual(now.CustomMetadata, c.CustomMetadata), attrCustomMetadata) {
		v.customMetadata = prior.StringMap(attrCustomMetadata)
	}
	if keep(w.AcceptedCapabilities == nil, reflect.DeepEqual(now.AcceptedCapabilities, c.AcceptedCapabilities), attrAcceptedCapabilities) {
		v.acceptedCapabilities = prior.Strings(attrAcceptedCapabilities)
	}
	if keep(w.AutomaticallyManageNewDevices == nil, reflect.DeepEqual(now.AutomaticallyManageNewDevices, c.AutomaticallyManageNewDevices),
		attrAutomaticallyManageNewDevices) {
		v.automaticallyManageNewDevices = prior.Bool(attrAutomaticallyManageNewDevices)
	}
	if keep(w.WaitForDeviceCreation == nil, reflect.DeepEqual(now.WaitForDeviceCreation, c.WaitForDeviceCreation), attrWaitForDeviceCreation) {
		v.waitForDeviceCreation = prior.Bool(attrWaitForDeviceCreation)
	}
	return v
}

// seamsChoices is w with the creator's choices as Seam answers them.
func seamsChoices(w *seam.ConnectWebview) *webview {
	v := &webview{ConnectWebview: w, customerKey: w.CustomerKey, acceptedCapabilities: w.AcceptedCapabilities,
		automaticallyManageNewDevices: w.AutomaticallyManageNewDevices, waitForDeviceCreation: w.WaitForDeviceCreation}
	if w.CustomMetadata != nil {
		v.customMetadata = shared.MetadataStrings(w.CustomMetadata)
	}
	return v
}
