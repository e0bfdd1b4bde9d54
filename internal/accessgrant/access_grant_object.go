// Package accessgrant is the seam_access_grant resource, data source and list resource: a
// user identity's access to spaces (or devices, or entrances) for a time, by PIN code, card
// or mobile key, which Seam calls the default and recommended way to grant access.
package accessgrant

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// descriptor names the access grant for the shared helpers.
var descriptor = shared.Descriptor{Noun: "access grant", TypeName: "seam_access_grant", IDAttr: attrAccessGrantID, KeyAttr: attrAccessGrantKey}

// Object registers the access grant's resource, data source and list resource.
var Object = shared.Object{
	Descriptor:    descriptor,
	Resources:     []func() resource.Resource{NewResource},
	DataSources:   []func() datasource.DataSource{NewDataSource},
	ListResources: []func() list.ListResource{NewListResource},
	Contract: shared.Contract{Schema: "access_grant", Client: seam.AccessGrant{}, Table: attributes,
		LeftOut: map[string]string{
			"customization_profile_id": "the look of the person's mobile key: not access, and unset here",
			"errors":                   "Seam's running report, not configuration: it would show as drift",
			"warnings":                 "Seam's running report, not configuration: it would show as drift",
			"pending_mutations":        "Seam's work in progress, which changes between refreshes",
			"location_ids":             "deprecated by Seam for space_ids",
			"reservation_key":          "set by Seam's reservation integrations, not by a grant's creator",
		},
		Beyond: map[string]string{
			attrDeviceIDs:      "asked for at create; Seam's grant does not keep them",
			attrAcsEntranceIDs: "asked for at create; Seam's grant does not keep them",
			attrAccessMethods:  "the grant's access methods, from /access_methods/list",
		}},
	Example: &shared.Example{Routes: "/access_grants/", Needs: []string{"seam_user_identity", "seam_space"},
		Create: map[string]any{attrUserIdentityID: "{seam_user_identity}", attrSpaceIDs: []string{"{seam_space}"}, attrAccessGrantKey: "{key}",
			attrRequestedAccessMethods: []map[string]any{{attrMode: "code", attrCode: "748291536"}, {attrMode: "mobile_key"}}},
		Config: attrUserIdentityID + " = \"{seam_user_identity}\"\n" + attrSpaceIDs + " = [\"{seam_space}\"]\n" + attrAccessGrantKey +
			" = \"{key}\"\n" + attrRequestedAccessMethods + " = [{ mode = \"code\", code = \"748291536\" }, { mode = \"mobile_key\" }]",
		ListFilter: map[string]string{attrAccessGrantKey: "{key}"}, Secret: attrInstantKeyURL, Required: attrStartsAt,
		Otherwise: map[string]map[string]any{
			"by device": {attrUserIdentityID: "{seam_user_identity}", attrDeviceIDs: []string{"august_device_2"},
				attrRequestedAccessMethods: []map[string]any{{attrMode: "code"}}},
			"with a requested code": {attrUserIdentityID: "{seam_user_identity}", attrSpaceIDs: []string{"{seam_space}"},
				attrRequestedAccessMethods: []map[string]any{{attrMode: "code", attrCode: "5190"}}},
			"with a mobile key": {attrUserIdentityID: "{seam_user_identity}", attrSpaceIDs: []string{"{seam_space}"},
				attrRequestedAccessMethods: []map[string]any{{attrMode: "mobile_key"}}},
		}},
}
