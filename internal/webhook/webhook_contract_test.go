package webhook

import (
	"context"
	"reflect"
	"slices"
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
	if diags := m.fill(context.Background(), hook, false); diags.HasError() {
		t.Fatal(diags)
	}
	contracttest.CheckMapping(t, raw, m, attrWebhookID)
}

// ["*"] stays while Seam's list holds every type it stood for (more is every event too: Seam
// adds types); a narrowed list is Seam's; an import reads ["*"] when Seam's list holds every
// event type the client knows; a list of Terraform's own is Seam's as it is.
func TestWebhookResource_everyEventStaysWhileSeamsListStandsForIt(t *testing.T) {
	ctx := context.Background()
	recorded := []string{"device.connected", "lock.locked"}
	cases := []struct {
		name     string
		had      []string // nil: none, as after an import
		recorded []string
		seams    []string
		want     []string
	}{
		{"the wildcard, Seam's list as recorded", []string{"*"}, recorded, recorded, []string{"*"}},
		{"the wildcard, Seam added a type", []string{"*"}, recorded, append(slices.Clone(recorded), "lock.unlocked"), []string{"*"}},
		{"the wildcard, narrowed outside Terraform", []string{"*"}, recorded, []string{"lock.locked"}, []string{"lock.locked"}},
		{"the wildcard, made before the provider recorded it, narrowed", []string{"*"}, nil, recorded, recorded},
		{"an import of every event type", nil, nil, slices.Clone(seam.EventTypes), []string{"*"}},
		{"an import of some", nil, nil, recorded, recorded},
		{"a list of its own", []string{"device.connected"}, nil, slices.Clone(seam.EventTypes), seam.EventTypes},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m, had := webhookModel{}, types.SetNull(types.StringType)
			if tc.had != nil {
				had = types.SetValueMust(types.StringType, stringValues(tc.had))
			}
			hook := &seam.Webhook{WebhookID: "wh_1", URL: "https://x.example", EventTypes: tc.seams}
			if diags := (&webhookResource{}).save(ctx, &m, hook, had, tc.recorded, false, nil); diags.HasError() {
				t.Fatal(diags)
			}
			if want := types.SetValueMust(types.StringType, stringValues(tc.want)); !m.EventTypes.Equal(want) {
				t.Errorf("event_types = %s, want %s", m.EventTypes, want)
			}
		})
	}
}

// A secret Seam leaves out of an answer (its schema marks it optional) keeps the state's.
func TestWebhookModel_aSecretSeamLeavesOutIsKept(t *testing.T) {
	m := webhookModel{Secret: types.StringValue("whsec_kept")}
	if diags := m.fill(context.Background(), &seam.Webhook{WebhookID: "wh_1", URL: "https://x.example"}, false); diags.HasError() {
		t.Fatal(diags)
	}
	if m.Secret.ValueString() != "whsec_kept" {
		t.Errorf("secret = %s, want the state's", m.Secret)
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
