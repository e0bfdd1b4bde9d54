// Package connectedaccount is the seam_connected_account and seam_connected_accounts data
// sources: the device providers' accounts end users connected through Connect Webviews.
// Seam makes them at the end user's login; nothing in Terraform creates one.
package connectedaccount

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// descriptor names the connected account for the shared helpers.
var descriptor = shared.Descriptor{Noun: "connected account", TypeName: "seam_connected_account", IDAttr: attrConnectedAccountID}

// Object registers the connected account's data sources.
var Object = shared.Object{
	Descriptor:  descriptor,
	DataSources: []func() datasource.DataSource{NewDataSource, NewListDataSource},
	Contract: shared.Contract{Schema: "connected_account", Client: seam.ConnectedAccount{}, Table: attributes,
		Subset: "an account carries its provider's connector settings (time zones, iCal feeds, check-in times) and Seam's " +
			"running report (errors, warnings); the provider exposes what configurations choose accounts by"},
}
