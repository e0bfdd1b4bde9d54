package provider_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// Every resource's create is sent once, whatever becomes of its answer. When Seam made the
// object and the answer was lost (a proxy's 502, a timeout, a 200 the provider cannot use),
// the provider finds that object and adopts it, and the next plan is empty; when Seam made
// nothing (a 503 before it acted), the apply fails without claiming to know, and applying
// again makes one. Either way the workspace ends with one object.
func TestAccLostCreate_everyResourceAdoptsWhatItsCreateMadeAndNeverMakesTwo(t *testing.T) {
	type lostAnswer struct {
		name    string
		fault   func(o managedObject) standin.Fault
		extra   string
		adopted bool
	}
	answers := []lostAnswer{
		{name: "a 502 after Seam made it", adopted: true, fault: func(managedObject) standin.Fault {
			return standin.Fault{Status: 502, Body: "<html>502 Bad Gateway</html>", AfterHandling: true}
		}},
		{name: "a timeout after Seam made it", adopted: true, extra: `request_timeout = "1s"`, fault: func(managedObject) standin.Fault {
			return standin.Fault{Status: 200, AfterHandling: true, Delay: 3 * time.Second}
		}},
		{name: "a 200 whose object lacks a required field", adopted: true, fault: func(o managedObject) standin.Fault {
			return standin.Fault{AfterHandling: true, Rewrite: o.dropRequired}
		}},
		{name: "a 503 before Seam acted", fault: func(managedObject) standin.Fault { return standin.Fault{Status: 503} }},
	}
	for _, o := range managedObjects(t) {
		for _, a := range answers {
			t.Run(o.TypeName+" "+a.name, func(t *testing.T) {
				t.Parallel()
				tg := acctest.FullAPI(t)
				srv := tg.RequireStandIn(t)
				srv.FailNext(o.createPath, a.fault(o))
				config := tg.ProviderBlock(a.extra) + o.resourceBlock(t, tg, acctest.UniqueKey(t))
				objects := func(want int) func(*terraform.State) error {
					return func(s *terraform.State) error {
						ids := srv.Inventory(fakeseam.SeedWorkspace)[o.kind]
						if len(ids) != want {
							return fmt.Errorf("Seam holds %d %ss %v, want %d", len(ids), o.Noun, ids, want)
						}
						if want == 0 {
							return nil
						}
						if r := s.RootModule().Resources[o.TypeName+".test"]; r == nil || r.Primary.ID != ids[0] {
							return fmt.Errorf("the state holds %v, not Seam's %s %s", r, o.Noun, ids[0])
						}
						return nil
					}
				}
				steps := []resource.TestStep{{Config: config, Check: objects(1)}}
				if !a.adopted {
					steps = []resource.TestStep{
						{Config: config, ExpectError: acctest.ErrorMatching("Creating the "+o.Noun+" failed", "HTTP 503",
							"no sign that the create took effect")},
						{PreConfig: func() {
							if err := objects(0)(&terraform.State{}); err != nil {
								t.Error(err)
							}
						}, Config: config, Check: objects(1)},
					}
				}
				tg.Run(t, resource.TestCase{Steps: steps})
				want := 1
				if !a.adopted {
					want = 2 // the refused create, and the next apply's
				}
				if n := tg.Requests(o.createPath); n != want {
					t.Errorf("%d creates reached Seam, want %d", n, want)
				}
			})
		}
	}
}
