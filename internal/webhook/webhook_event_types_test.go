package webhook

import (
	"context"
	"slices"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// ["*"] stays while Seam's list holds every type it stood for (more is every event too: Seam
// adds types); a narrowed list is Seam's; an import reads ["*"] when Seam's list holds every
// event type the client knows; a list of Terraform's own is Seam's as it is.
func TestWebhookResource_everyEventStaysWhileSeamsListStandsForIt(t *testing.T) {
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
			if got := stateEventTypes(tc.had, tc.recorded, tc.seams); !slices.Equal(got, tc.want) {
				t.Errorf("event_types = %v, want %v", got, tc.want)
			}
		})
	}
}

// A secret Seam leaves out of an answer (its schema marks it optional) keeps the state's.
func TestWebhookResource_aSecretSeamLeavesOutIsKept(t *testing.T) {
	var sr resource.SchemaResponse
	NewResource().Schema(context.Background(), resource.SchemaRequest{}, &sr)
	prior := attributes.ResourceValue(&webhook{Webhook: &seam.Webhook{WebhookID: "wh_1", URL: "https://x.example"},
		eventTypes: []string{"*"}, secret: ptr("whsec_kept")}, tfsdk.State{}.Raw)
	state := tfsdk.State{Schema: sr.Schema}
	if diags := save(context.Background(), &state, &seam.Webhook{WebhookID: "wh_1", URL: "https://x.example"},
		shared.AttrsOf(prior), nil, nil); diags.HasError() {
		t.Fatal(diags)
	}
	if got := shared.AttrsOf(state.Raw).String(attrSecret); got != "whsec_kept" {
		t.Errorf("secret = %q, want the state's", got)
	}
}

func ptr(s string) *string { return &s }
