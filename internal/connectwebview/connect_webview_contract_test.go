package connectwebview

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
func TestMapping_everyConnectWebviewAttributeHoldsItsOwnField(t *testing.T) {
	body, raw := contracttest.Fixture(t, "connect_webview.json", "connect_webview")
	contracttest.AssertDistinct(t, raw)
	webview, err := contracttest.ClientServing(t, body).GetConnectWebview(context.Background(), "x")
	if err != nil {
		t.Fatal(err)
	}
	var m connectWebviewResourceModel
	if diags := m.fill(context.Background(), webview); diags.HasError() {
		t.Fatal(diags)
	}
	contracttest.CheckMapping(t, raw, m, attrConnectWebviewID, attrProviderCategory, attrExcludedProviders)
}

// Seam's connect_webview schema, seam.ConnectWebview, the resource's schema and the docs agree.
func TestContract_connectWebviewSchemaClientAttributesAndDocsAgree(t *testing.T) {
	var sr resource.SchemaResponse
	(&connectWebviewResource{}).Schema(context.Background(), resource.SchemaRequest{}, &sr)
	var attributes []string
	for name := range sr.Schema.Attributes {
		if name != attrID {
			attributes = append(attributes, name)
		}
	}
	contracttest.CheckAgreement(t, contracttest.Agreement{
		Schema: "connect_webview", ClientType: reflect.TypeFor[seam.ConnectWebview](), Attributes: attributes,
		Beyond: map[string]string{
			attrProviderCategory:  "an argument of /connect_webviews/create that Seam's object does not echo",
			attrExcludedProviders: "an argument of /connect_webviews/create that Seam's object does not echo",
		},
		Docs: map[string][]string{
			"../../docs/resources/connect_webview.md":    nil,
			"../../docs/data-sources/connect_webview.md": {attrProviderCategory, attrExcludedProviders},
		},
	})
}
