package connectedaccount

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewDataSource reads a connected account by its ID.
func NewDataSource() datasource.DataSource {
	return &shared.Lookup[seam.ConnectedAccount]{
		DataSourceBase: shared.DataSourceBase{Object: descriptor},
		Doc: "Reads a Seam connected account (an end user's account at a device provider, connected through a Connect " +
			"Webview) by `connected_account_id`.",
		Table: attributes, Keys: []string{attrConnectedAccountID},
		Get: func(ctx context.Context, client *seam.Client, _, id string) (*seam.ConnectedAccount, error) {
			return client.GetConnectedAccount(ctx, id)
		},
	}
}

// NewListDataSource lists the connected accounts that match every filter given.
func NewListDataSource() datasource.DataSource {
	filter := func(description string) schema.StringAttribute {
		return schema.StringAttribute{Description: description, Optional: true, Validators: shared.NonEmpty}
	}
	filterOf := func(config shared.Attrs) seam.ConnectedAccountFilter {
		return seam.ConnectedAccountFilter{CustomerKey: config.String("customer_key"), UserIdentifierKey: config.String("user_identifier_key"),
			Search: config.String("search")}
	}
	return &shared.ListDataSource[seam.ConnectedAccount]{
		DataSourceBase: shared.DataSourceBase{Object: descriptor, TypeName: "seam_connected_accounts"},
		Doc:            "Lists the workspace's Seam connected accounts that match every filter given (`/connected_accounts/list`).",
		Filters: map[string]schema.Attribute{
			"customer_key":        filter("Only accounts of this customer."),
			"user_identifier_key": filter("Only accounts of the end user your app knows by this key."),
			"search":              filter("Only accounts whose ID, provider, customer key, metadata or login contains this text."),
		},
		Items: "connected_accounts", ItemsDoc: "The connected accounts that match, in Seam's order.",
		IDs: "connected_account_ids", IDsDoc: "The IDs of the accounts that match, in the order of `connected_accounts`.",
		Table: attributes, ID: accountID,
		Find: func(ctx context.Context, client *seam.Client, config shared.Attrs) ([]seam.ConnectedAccount, error) {
			return client.ListConnectedAccounts(ctx, filterOf(config))
		},
		FilterID: func(config shared.Attrs) string { return shared.FilterID(filterOf(config)) },
	}
}
