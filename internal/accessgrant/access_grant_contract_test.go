package accessgrant

import (
	"context"
	"reflect"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/contracttest"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// The client's decoding and the provider's mapping, end to end, against a body whose every
// field holds a value no other field holds: a swapped or dropped field cannot pass.
func TestMapping_everyAccessGrantAttributeHoldsItsOwnField(t *testing.T) {
	body, raw := contracttest.Fixture(t, "access_grant.json", "access_grant")
	contracttest.AssertDistinct(t, raw)
	g, err := contracttest.ClientServing(t, body).GetAccessGrant(context.Background(), seam.AccessGrantLookup{AccessGrantID: "x"})
	if err != nil {
		t.Fatal(err)
	}
	m := accessGrantModel{RequestedAccessMethods: types.ListNull(requestedType)}
	if diags := m.fill(context.Background(), g, nil); diags.HasError() {
		t.Fatal(diags)
	}
	contracttest.CheckMapping(t, raw, m, attrAccessGrantID, attrAccessMethods, attrRequestedAccessMethods)
	var requested []requested
	if diags := m.RequestedAccessMethods.ElementsAs(context.Background(), &requested, false); diags.HasError() || len(requested) != 2 ||
		requested[0].Mode.ValueString() != "code" || requested[0].Code.ValueString() != "482913" || requested[1].Mode.ValueString() != "mobile_key" {
		t.Errorf("requested_access_methods = %v, want Seam's code 482913 and mobile_key", m.RequestedAccessMethods)
	}
}

// Seam's access_grant schema, seam.AccessGrant, the resource's schema and the docs agree.
func TestContract_accessGrantSchemaClientAttributesAndDocsAgree(t *testing.T) {
	var sr resource.SchemaResponse
	(&accessGrantResource{}).Schema(context.Background(), resource.SchemaRequest{}, &sr)
	var attributes []string
	for name := range sr.Schema.Attributes {
		if name != attrID {
			attributes = append(attributes, name)
		}
	}
	contracttest.CheckAgreement(t, contracttest.Agreement{
		Schema: "access_grant", ClientType: reflect.TypeFor[seam.AccessGrant](), Attributes: attributes,
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
		},
		Docs: map[string][]string{"../../docs/resources/access_grant.md": nil,
			"../../docs/data-sources/access_grant.md": {attrDeviceIDs, attrAcsEntranceIDs}},
	})
}
