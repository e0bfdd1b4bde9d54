package provider_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// Every resource made in one workspace, then read with a credential of another, is an error
// naming both workspaces, never "not found": the object stays live where it is, and Terraform
// neither forgets it nor makes a second. Back in its workspace, nothing is planned. Both ways a
// credential moves: a personal access token's workspace_id, and another workspace's API key
// (whose workspace the provider asks Seam for).
func TestAccWorkspace_everyResourceRefusesToTakeAnotherWorkspaceForAGoneObject(t *testing.T) {
	const other = "seed_workspace_2"
	switches := []struct {
		name      string
		home, out string
	}{
		{"a personal access token's workspace_id",
			fmt.Sprintf("personal_access_token = %q\n  workspace_id = %q", fakeseam.SeedPAT, fakeseam.SeedWorkspace),
			fmt.Sprintf("personal_access_token = %q\n  workspace_id = %q", fakeseam.SeedPAT, other)},
		{"another workspace's API key", "", fmt.Sprintf("api_key = %q", fakeseam.SeedAPIKey2)},
	}
	for _, o := range managedObjects(t) {
		for _, sw := range switches {
			t.Run(o.TypeName+" "+sw.name, func(t *testing.T) {
				t.Parallel()
				tg := acctest.FullAPI(t)
				tg.RequireStandIn(t)
				resourceBlock := o.resourceBlock(t, tg, acctest.UniqueKey(t))
				in := func(credential string) string {
					if credential == "" {
						return tg.ProviderBlock() + resourceBlock
					}
					return fmt.Sprintf("provider \"seam\" {\n  endpoint = %q\n  %s\n}\n", tg.Endpoint, credential) + resourceBlock
				}
				tg.Run(t, resource.TestCase{Steps: []resource.TestStep{
					{Config: in(sw.home)},
					{Config: in(sw.out), ExpectError: acctest.ErrorMatching(o.Title()+" is in another workspace",
						fmt.Sprintf("workspace %q", fakeseam.SeedWorkspace), fmt.Sprintf("workspace %q", other), "stay live")},
					{Config: in(sw.home), ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}}},
				}})
				if n := tg.Requests(o.createPath); n != 1 {
					t.Errorf("%d creates reached Seam, want 1", n)
				}
			})
		}
	}
}
