package space

import (
	"context"
	"reflect"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/contracttest"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// The client's decoding and the provider's mapping, end to end, against a body whose every
// field holds a value no other field holds: a swapped or dropped field cannot pass.
func TestMapping_everySpaceAttributeHoldsItsOwnField(t *testing.T) {
	body, raw := contracttest.Fixture(t, "space.json", "space")
	contracttest.AssertDistinct(t, raw)
	sp, err := contracttest.ClientServing(t, body).GetSpace(context.Background(), seam.SpaceLookup{SpaceID: "x"})
	if err != nil {
		t.Fatal(err)
	}
	var m spaceModel
	if diags := m.fill(context.Background(), sp, nil); diags.HasError() {
		t.Fatal(diags)
	}
	contracttest.CheckMapping(t, raw, m, attrSpaceID, attrDeviceIDs)
}

// Seam's space schema, seam.Space, the resource's schema and the docs agree.
func TestContract_spaceSchemaClientAttributesAndDocsAgree(t *testing.T) {
	var sr resource.SchemaResponse
	(&spaceResource{}).Schema(context.Background(), resource.SchemaRequest{}, &sr)
	var attributes []string
	for name := range sr.Schema.Attributes {
		if name != attrID {
			attributes = append(attributes, name)
		}
	}
	contracttest.CheckAgreement(t, contracttest.Agreement{
		Schema: "space", ClientType: reflect.TypeFor[seam.Space](), Attributes: attributes,
		LeftOut: map[string]string{
			"customer_data":    "reservation defaults for property-management integrations, not the space's layout",
			"geolocation":      "where the space is on a map: set by Seam's integrations, not by its creator here",
			"parent_space_id":  "undocumented (x-undocumented: only used internally)",
			"parent_space_key": "undocumented (x-undocumented: only used internally)",
		},
		Beyond: map[string]string{
			attrDeviceIDs:      "the devices the space holds, listed by /devices/list with space_id",
			attrAcsEntranceIDs: "the entrances Terraform set: Seam's space counts them without naming them",
		},
		Docs: map[string][]string{"../../docs/resources/space.md": nil, "../../docs/data-sources/space.md": {attrAcsEntranceIDs}},
	})
}
