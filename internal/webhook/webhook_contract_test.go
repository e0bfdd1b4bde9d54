package webhook

import (
	"context"
	"reflect"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/contracttest"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// The client's decoding and the provider's mapping, end to end, against a body whose every
// field holds a value no other field holds: a swapped or dropped field cannot pass.
func TestMapping_everyWebhookAttributeHoldsItsOwnField(t *testing.T) {
	body, raw := contracttest.Fixture(t, "webhook.json", "webhook")
	contracttest.AssertDistinct(t, raw)
	hook, err := contracttest.ClientServing(t, body).GetWebhook(context.Background(), "x")
	if err != nil {
		t.Fatal(err)
	}
	m := webhookModel{EventTypes: types.SetNull(types.StringType)}
	if diags := m.fill(context.Background(), hook); diags.HasError() {
		t.Fatal(diags)
	}
	contracttest.CheckMapping(t, raw, m, attrWebhookID)
}

// Event types written as ["*"] stay so, whatever list Seam answers the wildcard with; any
// other value takes Seam's.
func TestWebhookModel_everyEventStaysAsWritten(t *testing.T) {
	ctx := context.Background()
	seams := &seam.Webhook{WebhookID: "wh_1", URL: "https://x.example", EventTypes: []string{"device.connected", "lock.locked"}}
	cases := []struct {
		name string
		had  []string
		want []string
	}{
		{"the wildcard", []string{"*"}, []string{"*"}},
		{"a list", []string{"device.connected"}, []string{"device.connected", "lock.locked"}},
		{"left out", nil, []string{"device.connected", "lock.locked"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := webhookModel{EventTypes: types.SetNull(types.StringType)}
			if tc.had != nil {
				m.EventTypes = types.SetValueMust(types.StringType, stringValues(tc.had))
			}
			if diags := m.fill(ctx, seams); diags.HasError() {
				t.Fatal(diags)
			}
			want := types.SetValueMust(types.StringType, stringValues(tc.want))
			if !m.EventTypes.Equal(want) {
				t.Errorf("event_types = %s, want %s", m.EventTypes, want)
			}
		})
	}
}

// Seam's webhook schema, seam.Webhook, the resource's schema and the docs agree.
func TestContract_webhookSchemaClientAttributesAndDocsAgree(t *testing.T) {
	var sr resource.SchemaResponse
	(&webhookResource{}).Schema(context.Background(), resource.SchemaRequest{}, &sr)
	var attributes []string
	for name := range sr.Schema.Attributes {
		if name != attrID {
			attributes = append(attributes, name)
		}
	}
	contracttest.CheckAgreement(t, contracttest.Agreement{
		Schema: "webhook", ClientType: reflect.TypeFor[seam.Webhook](), Attributes: attributes,
		Docs: map[string][]string{"../../docs/resources/webhook.md": nil, "../../docs/data-sources/webhook.md": nil},
	})
}

func stringValues(ss []string) []attr.Value {
	out := make([]attr.Value, len(ss))
	for i, s := range ss {
		out[i] = types.StringValue(s)
	}
	return out
}
