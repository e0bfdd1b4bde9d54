package provider_test

import (
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// Every resource, planned with -out and the plan applied later, with the real CLI and binary:
// the apply takes the saved plan as it is (no "Provider produced inconsistent" error), and the
// next plan is empty.
func TestAccSavedPlan_everyResourceAppliesASavedPlanLater(t *testing.T) {
	cliConfig := acctest.BuildProvider(t)
	for _, o := range managedObjects(t) {
		t.Run(o.TypeName, func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			dir := acctest.WriteConfig(t, tg.BinaryProviderBlock()+o.resourceBlock(t, tg, acctest.UniqueKey(t)))
			terraform := acctest.TerraformIn(t, cliConfig, dir)
			out := terraform("plan", "-out=tfplan")
			acctest.ExpectInOrder(t, "plan -out", out, "Plan: 1 to add, 0 to change, 0 to destroy.", "Saved the plan to: tfplan")
			out = terraform("apply", "tfplan")
			acctest.ExpectInOrder(t, "apply tfplan", out, "Apply complete! Resources: 1 added, 0 changed, 0 destroyed.")
			acctest.ExpectInOrder(t, "the next plan", terraform("plan", "-detailed-exitcode"), "No changes.")
			terraform("destroy", "-auto-approve")
			if n := tg.Requests(o.createPath); n != 1 {
				t.Errorf("%d creates reached Seam, want 1", n)
			}
		})
	}
}
