// Package clientsession is the seam_client_session resource, data source, ephemeral resource,
// and the seam_client_sessions list: the token an end user's app holds, and what it grants.
package clientsession

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// descriptor names the client session for the shared helpers.
var descriptor = shared.Descriptor{Noun: "client session", TypeName: "seam_client_session", IDAttr: attrClientSessionID, KeyAttr: attrUserIdentifierKey}

// Object registers the client session's resource, data sources, ephemeral resource and list resource.
var Object = shared.Object{
	Descriptor:         descriptor,
	Resources:          []func() resource.Resource{NewResource},
	DataSources:        []func() datasource.DataSource{NewDataSource, NewListDataSource},
	EphemeralResources: []func() ephemeral.EphemeralResource{NewEphemeralResource},
	ListResources:      []func() list.ListResource{NewListResource},
	Contract: shared.Contract{Schema: "client_session", Client: seam.ClientSession{}, Table: attributes, Beyond: map[string]string{
		attrCustomerID:  "Seam's docs page for /client_sessions/get shows it in responses (seed/client-sessions-get.txt), and create takes it",
		attrRenewBefore: "when to replace the session, the provider's own: nothing of Seam's",
	}},
	Example: &shared.Example{Routes: "/client_sessions/", Create: map[string]any{attrUserIdentifierKey: "{key}"},
		Config: attrUserIdentifierKey + " = \"{key}\"", ListFilter: map[string]string{attrUserIdentifierKey: "{key}"},
		Secret: attrToken, Required: attrToken},
}
