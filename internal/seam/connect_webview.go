package seam

import (
	"context"
	"time"
)

// ConnectWebview is Seam's connect_webview object: the page through which an end user
// connects their device provider's account. Optional fields are nil when absent or null; so
// are the creator's choices (capabilities, metadata, the two booleans), which Seam's schema
// requires but Seam's fake leaves out.
type ConnectWebview struct {
	ConnectWebviewID              string         `json:"connect_webview_id"`
	WorkspaceID                   string         `json:"workspace_id"`
	CreatedAt                     time.Time      `json:"created_at"`
	URL                           string         `json:"url"`
	Status                        string         `json:"status"`
	LoginSuccessful               bool           `json:"login_successful"`
	ConnectedAccountID            *string        `json:"connected_account_id"`
	SelectedProvider              *string        `json:"selected_provider"`
	AuthorizedAt                  *time.Time     `json:"authorized_at"`
	DeviceSelectionMode           string         `json:"device_selection_mode"`
	AcceptedProviders             []string       `json:"accepted_providers"`
	AcceptedCapabilities          []string       `json:"accepted_capabilities"`
	AnyProviderAllowed            bool           `json:"any_provider_allowed"`
	AcceptedDevices               []string       `json:"accepted_devices"`
	AnyDeviceAllowed              bool           `json:"any_device_allowed"`
	CustomRedirectURL             *string        `json:"custom_redirect_url"`
	CustomRedirectFailureURL      *string        `json:"custom_redirect_failure_url"`
	CustomMetadata                map[string]any `json:"custom_metadata"`
	AutomaticallyManageNewDevices *bool          `json:"automatically_manage_new_devices"`
	WaitForDeviceCreation         *bool          `json:"wait_for_device_creation"`
	CustomerKey                   *string        `json:"customer_key"`
}

var (
	connectWebview            = object{"Connect Webview", "Connect Webviews", "connect_webview_not_found", ""}
	routeCreateConnectWebview = declare(route{"/connect_webviews/create", onlyIfNotSent, anyCredential, connectWebview})
	routeGetConnectWebview    = declare(route{"/connect_webviews/get", safeToRepeat, anyCredential, connectWebview})
	routeDeleteConnectWebview = declare(route{"/connect_webviews/delete", safeToRepeat, workspaceKeys, connectWebview})
	routeListConnectWebviews  = declare(route{"/connect_webviews/list", safeToRepeat, anyCredential, connectWebview})
)

// CreateConnectWebviewRequest is the body of /connect_webviews/create; empty fields are left
// out, for Seam's defaults. The booleans are pointers: false is a choice, nil is Seam's default.
type CreateConnectWebviewRequest struct {
	AcceptedProviders             []string          `json:"accepted_providers,omitempty"`
	ProviderCategory              string            `json:"provider_category,omitempty"`
	AcceptedCapabilities          []string          `json:"accepted_capabilities,omitempty"`
	CustomRedirectURL             string            `json:"custom_redirect_url,omitempty"`
	CustomRedirectFailureURL      string            `json:"custom_redirect_failure_url,omitempty"`
	CustomerKey                   string            `json:"customer_key,omitempty"`
	CustomMetadata                map[string]string `json:"custom_metadata,omitempty"`
	AutomaticallyManageNewDevices *bool             `json:"automatically_manage_new_devices,omitempty"`
	WaitForDeviceCreation         *bool             `json:"wait_for_device_creation,omitempty"`
	DeviceSelectionMode           string            `json:"device_selection_mode,omitempty"`
	ExcludedProviders             []string          `json:"excluded_providers,omitempty"`
}

// CreateConnectWebview calls /connect_webviews/create. It is retried only when Seam provably
// did not receive it.
func (c *Client) CreateConnectWebview(ctx context.Context, req CreateConnectWebviewRequest) (*ConnectWebview, error) {
	return callFor[ConnectWebview](ctx, c, routeCreateConnectWebview, req, "connect_webview")
}

// DeleteConnectWebview calls /connect_webviews/delete. A webview already gone is a
// NotFoundError, which a caller may take as success.
func (c *Client) DeleteConnectWebview(ctx context.Context, connectWebviewID string) error {
	body := struct {
		ConnectWebviewID string `json:"connect_webview_id"`
	}{connectWebviewID}
	return c.call(ctx, routeDeleteConnectWebview, body, ignoreBody)
}

// GetConnectWebview calls /connect_webviews/get.
func (c *Client) GetConnectWebview(ctx context.Context, connectWebviewID string) (*ConnectWebview, error) {
	body := struct {
		ConnectWebviewID string `json:"connect_webview_id"`
	}{connectWebviewID}
	return callFor[ConnectWebview](ctx, c, routeGetConnectWebview, body, "connect_webview")
}

func (w *ConnectWebview) missingField() string {
	switch {
	case w.ConnectWebviewID == "":
		return "connect_webview_id"
	case w.WorkspaceID == "":
		return "workspace_id"
	case w.URL == "":
		return "url"
	case w.CreatedAt.IsZero():
		return "created_at"
	}
	return ""
}

// ConnectWebviewFilter is the body of /connect_webviews/list; empty fields do not filter.
type ConnectWebviewFilter struct {
	CustomerKey       string `json:"customer_key,omitempty"`
	UserIdentifierKey string `json:"user_identifier_key,omitempty"`
}

// ListConnectWebviews calls /connect_webviews/list, every page.
func (c *Client) ListConnectWebviews(ctx context.Context, f ConnectWebviewFilter) ([]ConnectWebview, error) {
	return listAll[ConnectWebview](ctx, c, routeListConnectWebviews, f, "connect_webviews")
}
