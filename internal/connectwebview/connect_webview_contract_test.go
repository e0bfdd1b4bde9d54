package connectwebview

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

// A choice's baseline is Seam's answer to the create: while Seam still answers that (or leaves
// the choice out), the state keeps what was configured; an answer that moved from it was a
// change outside Terraform, and the state takes it. An imported webview has no baseline.
func TestConnectWebviewResource_choicesKeepTheConfigurationWhileSeamsAnswerHoldsItsBaseline(t *testing.T) {
	ctx := context.Background()
	yes, no := true, false
	configured := types.BoolValue(false)
	cases := []struct {
		name    string
		created *choices
		seams   *bool
		want    types.Bool
	}{
		{"Seam answers what it answered to the create (the fake's default)", &choices{AutomaticallyManageNewDevices: &yes}, &yes, configured},
		{"Seam leaves it out", &choices{AutomaticallyManageNewDevices: &no}, nil, configured},
		{"changed outside Terraform since the create", &choices{AutomaticallyManageNewDevices: &no}, &yes, types.BoolValue(true)},
		{"an import: no baseline, Seam's answer", nil, &yes, types.BoolValue(true)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := connectWebviewResourceModel{}
			m.AutomaticallyManageNewDevices = configured
			w := &seam.ConnectWebview{ConnectWebviewID: "cw_1", AutomaticallyManageNewDevices: tc.seams}
			if diags := m.fillKeeping(ctx, w, tc.created); diags.HasError() {
				t.Fatal(diags)
			}
			if !m.AutomaticallyManageNewDevices.Equal(tc.want) {
				t.Errorf("automatically_manage_new_devices = %s, want %s", m.AutomaticallyManageNewDevices, tc.want)
			}
		})
	}
}
