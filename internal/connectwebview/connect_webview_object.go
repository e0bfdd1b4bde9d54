// Package connectwebview is the seam_connect_webview resource, data source and list
// resource: the page on which an end user connects their device provider's account.
package connectwebview

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// descriptor names the Connect Webview for the shared helpers.
var descriptor = shared.Descriptor{Noun: "Connect Webview", TypeName: "seam_connect_webview", IDAttr: attrConnectWebviewID}

// Object registers the Connect Webview's resource, data source and list resource.
var Object = shared.Object{
	Descriptor:    descriptor,
	Resources:     []func() resource.Resource{NewResource},
	DataSources:   []func() datasource.DataSource{NewDataSource},
	ListResources: []func() list.ListResource{NewListResource},
	Contract: shared.Contract{Schema: "connect_webview", Client: seam.ConnectWebview{}, Table: attributes, Beyond: map[string]string{
		attrProviderCategory:  "an argument of /connect_webviews/create that Seam's object does not echo",
		attrExcludedProviders: "an argument of /connect_webviews/create that Seam's object does not echo",
	}},
	Example: &shared.Example{Routes: "/connect_webviews/",
		Create:     map[string]any{attrCustomerKey: "{key}", attrCustomRedirectURL: "https://example.com/connected"},
		Config:     attrCustomerKey + " = \"{key}\"\n" + attrCustomRedirectURL + " = \"https://example.com/connected\"",
		ListFilter: map[string]string{attrCustomerKey: "{key}"}, Secret: attrURL, Required: attrURL,
		Otherwise: map[string]map[string]any{
			"with a provider category": {attrCustomerKey: "{key}", attrProviderCategory: "stable"},
		}},
}
