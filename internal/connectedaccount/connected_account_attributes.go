package connectedaccount

import (
	"time"

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

func accountID(a *seam.ConnectedAccount) string { return a.ConnectedAccountID }

// attributes are the connected account's, for seam_connected_account and the items of
// seam_connected_accounts.
var attributes = shared.NewTable([]shared.Attr[seam.ConnectedAccount]{
	{Name: attrID, Value: shared.String(accountID), Doc: "The connected account's ID, the same as `connected_account_id`."},
	{Name: attrConnectedAccountID, Value: shared.String(accountID), Seam: "ID of the connected account.",
		Doc: "What `seam_client_session`'s `connected_account_ids` take.", Lookup: "The ID of the connected account to read."},
	{Name: attrAccountType, Value: shared.OptionalString(func(a *seam.ConnectedAccount) *string { return a.AccountType }),
		Seam: "Type of connected account.", Doc: "The device provider's key, such as `august`, or null."},
	{Name: attrAccountTypeDisplayName, Value: shared.String(func(a *seam.ConnectedAccount) string { return a.AccountTypeDisplayName }),
		Seam: "Display name for the connected account type.", Doc: "Such as `August`."},
	{Name: attrDisplayName, Value: shared.String(func(a *seam.ConnectedAccount) string { return a.DisplayName }),
		Seam: "Display name for the connected account.", Doc: "Usually the end user's login there."},
	{Name: attrCustomerKey, Value: shared.OptionalString(func(a *seam.ConnectedAccount) *string { return a.CustomerKey }),
		Seam: "Your unique key for the customer associated with this connected account.", Doc: "Null without one."},
	{Name: attrCreatedAt, Value: shared.OptionalTime(func(a *seam.ConnectedAccount) *time.Time { return a.CreatedAt }),
		Seam: "Date and time at which the connected account was created.", Doc: "In RFC 3339 format, or null."},
	{Name: attrAutomaticallyManageNewDevices, Value: shared.Bool(func(a *seam.ConnectedAccount) bool { return a.AutomaticallyManageNewDevices }),
		Doc: "Whether devices added to the account later become managed devices."},
	{Name: attrAcceptedCapabilities, Value: shared.StringSet(func(a *seam.ConnectedAccount) []string { return a.AcceptedCapabilities }),
		Seam: "List of capabilities that were accepted during the account connection process."},
	{Name: attrCustomMetadata, Value: shared.StringMap(func(a *seam.ConnectedAccount) map[string]string {
		return shared.MetadataStrings(a.CustomMetadata)
	}), Doc: "The key-value pairs set on the account (from its Connect Webview)."},
})
