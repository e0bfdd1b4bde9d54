// Package useridentity is the seam_user_identity resource, data source and list resource: one
// end user of your app, whom client sessions, Connect Webviews, access grants and access
// systems refer to.
package useridentity

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// descriptor names the user identity for the shared helpers.
var descriptor = shared.Descriptor{Noun: "user identity", TypeName: "seam_user_identity", IDAttr: attrUserIdentityID, KeyAttr: attrUserIdentityKey}

// Object registers the user identity's resource, data source and list resource.
var Object = shared.Object{
	Descriptor:    descriptor,
	Resources:     []func() resource.Resource{NewResource},
	DataSources:   []func() datasource.DataSource{NewDataSource},
	ListResources: []func() list.ListResource{NewListResource},
	Contract: shared.Contract{Schema: "user_identity", Client: seam.UserIdentity{}, Table: attributes, LeftOut: map[string]string{
		"errors":   "a list of typed objects whose shape changes by type; nothing in Terraform would act on it",
		"warnings": "as errors",
	}},
	Example: &shared.Example{Routes: "/user_identities/",
		Create:     map[string]any{attrUserIdentityKey: "{key}", attrEmailAddress: "{key}@example.com"},
		Config:     attrUserIdentityKey + " = \"{key}\"\n" + attrEmailAddress + " = \"{key}@example.com\"",
		ListFilter: map[string]string{"search": "{key}"}, Required: attrCreatedAt},
}
