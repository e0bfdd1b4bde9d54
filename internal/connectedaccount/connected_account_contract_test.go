package connectedaccount

import (
	"context"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/contracttest"
)

// The client's decoding and the data sources' mapping, end to end, against Seam's documented
// connected account, whose every field holds a value no other field holds (its metadata too,
// which Seam's fake leaves empty): a swapped or dropped field cannot pass.
func TestMapping_everyConnectedAccountAttributeHoldsItsOwnField(t *testing.T) {
	body, raw := contracttest.Fixture(t, "connected_account.json", "connected_account")
	contracttest.AssertDistinct(t, raw)
	a, err := contracttest.ClientServing(t, body).GetConnectedAccount(context.Background(), "x")
	if err != nil {
		t.Fatal(err)
	}
	var m accountItem
	if diags := m.fill(context.Background(), a); diags.HasError() {
		t.Fatal(diags)
	}
	contracttest.CheckMapping(t, raw, m, attrConnectedAccountID)
}
