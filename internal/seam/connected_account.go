package seam

import (
	"context"
	"time"
)

// ConnectedAccount is Seam's connected_account object, as far as the provider exposes it:
// the device provider's account an end user connected through a Connect Webview.
type ConnectedAccount struct {
	ConnectedAccountID            string         `json:"connected_account_id"`
	AccountType                   *string        `json:"account_type"`
	AccountTypeDisplayName        string         `json:"account_type_display_name"`
	DisplayName                   string         `json:"display_name"`
	CustomerKey                   *string        `json:"customer_key"`
	CreatedAt                     *time.Time     `json:"created_at"`
	AutomaticallyManageNewDevices bool           `json:"automatically_manage_new_devices"`
	AcceptedCapabilities          []string       `json:"accepted_capabilities"`
	CustomMetadata                map[string]any `json:"custom_metadata"`
}

func (a *ConnectedAccount) missingField() string {
	if a.ConnectedAccountID == "" {
		return "connected_account_id"
	}
	return ""
}

var (
	connectedAccount           = object{"connected account", "connected accounts", "connected_account_not_found", ""}
	routeGetConnectedAccount   = declare(route{"/connected_accounts/get", safeToRepeat, anyCredential, connectedAccount})
	routeListConnectedAccounts = declare(route{"/connected_accounts/list", safeToRepeat, workspaceKeys, connectedAccount})
)

// GetConnectedAccount calls /connected_accounts/get by ID.
func (c *Client) GetConnectedAccount(ctx context.Context, connectedAccountID string) (*ConnectedAccount, error) {
	body := struct {
		ConnectedAccountID string `json:"connected_account_id"`
	}{connectedAccountID}
	return callFor[ConnectedAccount](ctx, c, routeGetConnectedAccount, body, "connected_account")
}

// ConnectedAccountFilter is the body of /connected_accounts/list; empty fields do not filter.
type ConnectedAccountFilter struct {
	CustomerKey       string `json:"customer_key,omitempty"`
	UserIdentifierKey string `json:"user_identifier_key,omitempty"`
	Search            string `json:"search,omitempty"`
}

// ListConnectedAccounts calls /connected_accounts/list, every page, in Seam's order.
func (c *Client) ListConnectedAccounts(ctx context.Context, f ConnectedAccountFilter) ([]ConnectedAccount, error) {
	return listAll[ConnectedAccount](ctx, c, routeListConnectedAccounts, f, "connected_accounts")
}
