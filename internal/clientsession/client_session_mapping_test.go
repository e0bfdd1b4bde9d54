package clientsession

import (
	"context"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/contracttest"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// The client's decoding and the provider's mapping, end to end, against a body whose every
// field holds a value no other field holds: a swapped or dropped field cannot pass.
func TestMapping_everyAttributeHoldsItsOwnFieldOfSeamsJSON(t *testing.T) {
	body, raw := contracttest.Fixture(t, "client_session_distinct.json", "client_session")
	contracttest.AssertDistinct(t, raw)
	session, err := contracttest.ClientServing(t, body).GetClientSession(context.Background(), seam.ClientSessionLookup{ClientSessionID: "x"})
	if err != nil {
		t.Fatal(err)
	}
	var m clientSessionModel
	if diags := m.fill(context.Background(), session); diags.HasError() {
		t.Fatal(diags)
	}
	if got := contracttest.ModelValues(m); len(got) != len(clientSessionAttributes) {
		t.Fatalf("the model has %d attributes, the table %d", len(got), len(clientSessionAttributes))
	}
	contracttest.CheckMapping(t, raw, m, attrClientSessionID)
}
