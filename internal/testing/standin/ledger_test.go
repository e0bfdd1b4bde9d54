package standin

import (
	"slices"
	"strings"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/seamspec"
)

// Every rule a served route answers by has a ledger entry; every entry is a rule some route
// follows; and each sentence the ledger quotes stands in Seam's OpenAPI under its path.
func TestLedger_everyRuleNamesTheSeamSentenceItRestsOn(t *testing.T) {
	used := map[Rule]bool{}
	for path, route := range served {
		if len(route.rules) == 0 {
			t.Errorf("%s is served by no rule of the ledger: name the rules its answer follows", path)
		}
		for _, rule := range route.rules {
			used[rule] = true
			if _, ok := ledger[rule]; !ok {
				t.Errorf("%s answers by the rule %q, which has no ledger entry: add one naming Seam's sentence, or why it is assumed", path, rule)
			}
		}
	}
	for rule, src := range ledger {
		if !used[rule] {
			t.Errorf("the ledger holds %q, which no served route follows", rule)
		}
		if src.Says == "" && !strings.Contains(src.Assumed, " ") {
			t.Errorf("%q quotes no sentence of Seam's and says nothing of what it assumes", rule)
		}
		if src.Says == "" {
			continue
		}
		says, err := seamspec.Says(src.Path, src.Says)
		if err != nil {
			t.Fatal(err)
		}
		if !says {
			t.Errorf("%q quotes %q, which Seam's OpenAPI does not say under %s", rule, src.Says, src.Path)
		}
	}
}

// The stand-in serves the routes the client calls, as its object files declare them
// (seam.Paths), and no other: a route added to the client is served, or this fails.
func TestServedRoutes_areTheClientsRoutes(t *testing.T) {
	for _, p := range seam.Paths() {
		if _, ok := served[p]; !ok {
			t.Errorf("the client calls %s, which the stand-in does not serve: serve it (with its rules), or pass it to Seam's fake", p)
		}
	}
	for p := range served {
		if !slices.Contains(seam.Paths(), p) {
			t.Errorf("the stand-in serves %s, which the client does not call", p)
		}
	}
}
