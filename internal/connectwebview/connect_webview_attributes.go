package connectwebview

import (
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/boolplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/mapplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

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

// webview is Seam's Connect Webview with the creator's choices as a state holds them: Seam's
// answer, or, for a resource, what was configured while Seam's answer holds what it answered
// the create (keptChoices).
type webview struct {
	*seam.ConnectWebview
	customerKey                                          *string
	customMetadata                                       map[string]string
	acceptedCapabilities                                 []string
	automaticallyManageNewDevices, waitForDeviceCreation *bool
}

func webviewID(w *webview) string { return w.ConnectWebviewID }

// Seam has no update route for Connect Webviews: every argument replaces the webview. Left
// out, an argument holds Seam's value (or default) and is not managed.
const replaces = "Changing it replaces the Connect Webview (Seam has no update route). Left out, Seam's value is kept and not managed."

var (
	stringReplaces = []planmodifier.String{stringplanmodifier.RequiresReplace()}
	setReplaces    = []planmodifier.Set{setplanmodifier.RequiresReplace()}
	boolReplaces   = []planmodifier.Bool{boolplanmodifier.RequiresReplace()}
)

// attributes are the Connect Webview's, for the resource, the data source and list results.
var attributes = shared.NewTable([]shared.Attr[webview]{
	{Name: attrID, Value: shared.String(webviewID), Doc: "The Connect Webview's ID, the same as `connect_webview_id`.", Stable: true},
	{Name: attrConnectWebviewID, Value: shared.String(webviewID), Seam: "ID of the Connect Webview.",
		Doc: "What `seam_client_session`'s `connect_webview_ids` take.", Stable: true, Lookup: "The ID of the Connect Webview to read."},
	{Name: attrAcceptedProviders, Value: shared.StringSet(func(w *webview) []string { return w.AcceptedProviders }),
		Seam: "List of accepted [provider keys](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-brands-to-display-in-your-connect-webviews).",
		Doc:  "Such as `august`; instead of `provider_category`.", Arg: shared.OptionalComputed, Manage: replaces,
		PlanModifiers: setReplaces},
	{Name: attrProviderCategory, Value: shared.Kept[webview](shared.StringType), Scope: shared.ResourceOnly,
		Doc: "The category of providers to offer, such as `stable` or `consumer_smartlocks`.", Arg: shared.Optional,
		Manage: "Seam's object does not hold it: the state keeps what was configured. Changing it replaces the Connect Webview; " +
			"on a webview imported (or made before the provider recorded it), the configured value is taken into the state in " +
			"place, as the provider cannot know what it was made with.",
		Validators: shared.NonEmpty, PlanModifiers: []planmodifier.String{shared.ReplaceUnlessUnrecorded{}}},
	{Name: attrAcceptedCapabilities, Value: shared.OptionalStringSet(func(w *webview) []string { return w.acceptedCapabilities }),
		Doc: "The device capabilities (such as `lock` or `thermostat`) that restrict which devices may be connected.",
		Arg: shared.OptionalComputed, Manage: replaces, PlanModifiers: setReplaces},
	{Name: attrCustomRedirectURL, Value: shared.OptionalString(func(w *webview) *string { return w.CustomRedirectURL }),
		Doc: "Where the end user goes after logging in, or null.", Arg: shared.OptionalComputed, Manage: replaces,
		Validators: shared.NonEmpty, PlanModifiers: stringReplaces},
	{Name: attrCustomRedirectFailureURL, Value: shared.OptionalString(func(w *webview) *string { return w.CustomRedirectFailureURL }),
		Doc: "Where the end user goes after an error, or null; Seam falls back to `custom_redirect_url`.", Arg: shared.OptionalComputed,
		Manage: replaces, Validators: shared.NonEmpty, PlanModifiers: stringReplaces},
	{Name: attrCustomerKey, Value: shared.OptionalString(func(w *webview) *string { return w.customerKey }),
		Doc: "The customer the webview, and the account connected through it, belong to, or null.", Arg: shared.OptionalComputed,
		Manage: replaces, Validators: shared.NonEmpty, PlanModifiers: stringReplaces},
	{Name: attrCustomMetadata, Value: shared.StringMap(func(w *webview) map[string]string { return w.customMetadata }),
		Doc: "Your own key-value pairs (values up to 500 characters), copied to the connected account.", Arg: shared.OptionalComputed,
		Manage: replaces, PlanModifiers: []planmodifier.Map{mapplanmodifier.RequiresReplace()}},
	{Name: attrAutomaticallyManageNewDevices, Value: shared.OptionalBool(func(w *webview) *bool { return w.automaticallyManageNewDevices }),
		Doc: "Whether devices added to the connected account later become managed devices.", Arg: shared.OptionalComputed,
		Manage: replaces, PlanModifiers: boolReplaces},
	{Name: attrWaitForDeviceCreation, Value: shared.OptionalBool(func(w *webview) *bool { return w.waitForDeviceCreation }),
		Doc: "Whether Seam finishes syncing the account's devices before the webview completes.", Arg: shared.OptionalComputed,
		Manage: replaces, PlanModifiers: boolReplaces},
	{Name: attrDeviceSelectionMode, Value: shared.String(func(w *webview) string { return w.DeviceSelectionMode }),
		Seam: "Device selection mode of the Connect Webview. Supported values: `none`, `single`, `multiple`.",
		Doc:  "Whether the end user picks devices.", Arg: shared.OptionalComputed, Manage: replaces,
		Validators: []validator.String{stringvalidator.OneOf("none", "single", "multiple")}, PlanModifiers: stringReplaces},
	{Name: attrExcludedProviders, Value: shared.Kept[webview](shared.StringSetType), Scope: shared.ResourceOnly,
		Doc: "Device providers not to show, by key.", Arg: shared.Optional,
		Manage: "Seam's object does not hold it: the state keeps what was configured. Changing it replaces the Connect Webview; on " +
			"a webview imported (or made before the provider recorded it), the configured value is taken into the state in place, " +
			"as for `provider_category`.",
		PlanModifiers: []planmodifier.Set{shared.ReplaceUnlessUnrecorded{}}},
	{Name: attrURL, Value: shared.String(func(w *webview) string { return w.URL }),
		Seam: "URL for the Connect Webview. You use the URL to display the Connect Webview flow to your user.",
		Doc: "Sensitive: it carries an `auth_token`, so anyone with it can connect an account to the workspace; hand it to the end " +
			"user through a secret channel. Never in list results.",
		Sensitive: true, Stable: true},
	// The end user's login changes these on Seam's side: read at each refresh, and kept as
	// read through the one update there is (taking in unrecorded arguments).
	{Name: attrStatus, Value: shared.String(func(w *webview) string { return w.Status }),
		Doc: "`pending` until the end user logs in, then `authorized` (or `failed`).", Stable: true},
	{Name: attrLoginSuccessful, Value: shared.Bool(func(w *webview) bool { return w.LoginSuccessful }),
		Seam: "Indicates whether the user logged in successfully using the Connect Webview.", Stable: true},
	{Name: attrConnectedAccountID, Value: shared.OptionalString(func(w *webview) *string { return w.ConnectedAccountID }),
		Seam: "ID of the connected account associated with the Connect Webview.", Doc: "Null before the login.", Stable: true},
	{Name: attrSelectedProvider, Value: shared.OptionalString(func(w *webview) *string { return w.SelectedProvider }),
		Doc: "The device provider the end user chose, or null.", Stable: true},
	{Name: attrAuthorizedAt, Value: shared.OptionalTime(func(w *webview) *time.Time { return w.AuthorizedAt }),
		Seam: "Date and time at which the user authorized (through the Connect Webview) the management of their devices.",
		Doc:  "In RFC 3339 format, or null.", Stable: true},
	{Name: attrCreatedAt, Value: shared.Time(func(w *webview) time.Time { return w.CreatedAt }),
		Seam: "Date and time at which the Connect Webview was created.", Doc: "In RFC 3339 format.", Stable: true},
	{Name: attrWorkspaceID, Value: shared.String(func(w *webview) string { return w.WorkspaceID }),
		Seam: "ID of the workspace that contains the Connect Webview.", Stable: true},
	{Name: attrAcceptedDevices, Value: shared.StringSet(func(w *webview) []string { return w.AcceptedDevices }),
		Doc: "Deprecated by Seam: use `accepted_capabilities`.", Stable: true},
	{Name: attrAnyDeviceAllowed, Value: shared.Bool(func(w *webview) bool { return w.AnyDeviceAllowed }),
		Doc: "Deprecated by Seam: whether any device may be connected.", Stable: true},
	{Name: attrAnyProviderAllowed, Value: shared.Bool(func(w *webview) bool { return w.AnyProviderAllowed }),
		Seam: "Indicates whether any provider is allowed.", Stable: true},
})
