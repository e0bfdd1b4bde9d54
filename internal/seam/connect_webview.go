package seam

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// ConnectWebview is Seam's connect_webview object: the page through which an end user
// connects their device provider's account. Optional fields are nil when absent or null.
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
	CustomRedirectURL             *string        `json:"custom_redirect_url"`
	CustomRedirectFailureURL      *string        `json:"custom_redirect_failure_url"`
	CustomMetadata                map[string]any `json:"custom_metadata"`
	AutomaticallyManageNewDevices bool           `json:"automatically_manage_new_devices"`
	WaitForDeviceCreation         bool           `json:"wait_for_device_creation"`
	CustomerKey                   *string        `json:"customer_key"`
}

var (
	connectWebview         = object{"Connect Webview", "connect_webview_not_found", ""}
	routeGetConnectWebview = route{"/connect_webviews/get", safeToRepeat, anyCredential, connectWebview}
)

// GetConnectWebview calls /connect_webviews/get.
func (c *Client) GetConnectWebview(ctx context.Context, connectWebviewID string) (*ConnectWebview, error) {
	body := struct {
		ConnectWebviewID string `json:"connect_webview_id"`
	}{connectWebviewID}
	var webview *ConnectWebview
	err := c.call(ctx, routeGetConnectWebview, body, func(b []byte) (err error) {
		webview, err = decodeConnectWebviewBody(b)
		return err
	})
	return webview, err
}

func decodeConnectWebviewBody(body []byte) (*ConnectWebview, error) {
	var out struct {
		ConnectWebview *ConnectWebview `json:"connect_webview"`
	}
	if err := json.Unmarshal(body, &out); err != nil {
		return nil, describeJSONError(err)
	}
	w := out.ConnectWebview
	switch {
	case w == nil:
		return nil, errors.New("it has no connect_webview object")
	case w.ConnectWebviewID == "":
		return nil, fmt.Errorf("its connect_webview has no connect_webview_id")
	case w.WorkspaceID == "":
		return nil, fmt.Errorf("its connect_webview has no workspace_id")
	}
	return w, nil
}
