package provider_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// Every resource imports an object made outside Terraform with the configuration's own
// arguments with nothing else to plan: an import block plans the import alone, the webhook's
// ["*"] included (Seam answers it with every event type).
func TestAccImport_everyResourceImportsAnObjectMadeWithItsArgumentsWithNothingElseToPlan(t *testing.T) {
	for _, o := range managedObjects(t) {
		t.Run(o.TypeName, func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			key := acctest.UniqueKey(t)
			id := o.make(t, tg, key)
			tg.Run(t, resource.TestCase{Steps: []resource.TestStep{{
				Config: tg.ProviderBlock() + o.resourceBlock(t, tg, key), ResourceName: o.TypeName + ".test",
				ImportState: true, ImportStateKind: resource.ImportBlockWithID, ImportStateId: id,
			}}})
		})
	}
}
