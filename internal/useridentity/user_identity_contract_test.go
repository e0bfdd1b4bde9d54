package useridentity

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
func TestMapping_everyUserIdentityAttributeHoldsItsOwnField(t *testing.T) {
	body, raw := contracttest.Fixture(t, "user_identity.json", "user_identity")
	contracttest.AssertDistinct(t, raw)
	identity, err := contracttest.ClientServing(t, body).GetUserIdentity(context.Background(), seam.UserIdentityLookup{UserIdentityID: "x"})
	if err != nil {
		t.Fatal(err)
	}
	var m userIdentityModel
	if diags := m.fill(context.Background(), identity); diags.HasError() {
		t.Fatal(diags)
	}
	contracttest.CheckMapping(t, raw, m, attrUserIdentityID)
}

// Seam's user_identity schema, seam.UserIdentity, the resource's schema and the docs agree.
func TestContract_userIdentitySchemaClientAttributesAndDocsAgree(t *testing.T) {
	var sr resource.SchemaResponse
	(&userIdentityResource{}).Schema(context.Background(), resource.SchemaRequest{}, &sr)
	var attributes []string
	for name := range sr.Schema.Attributes {
		if name != attrID {
			attributes = append(attributes, name)
		}
	}
	contracttest.CheckAgreement(t, contracttest.Agreement{
		Schema: "user_identity", ClientType: reflect.TypeFor[seam.UserIdentity](), Attributes: attributes,
		LeftOut: map[string]string{
			"errors":   "a list of typed objects whose shape changes by type; nothing in Terraform would act on it",
			"warnings": "as errors",
		},
		Docs: map[string][]string{"../../docs/resources/user_identity.md": nil, "../../docs/data-sources/user_identity.md": nil},
	})
}
