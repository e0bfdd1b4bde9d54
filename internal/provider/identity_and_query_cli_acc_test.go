package provider_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// Through Terraform 1.12+: every resource's identity is its Seam ID (or its device's and its
// key, for a climate preset), in the state, and an
// import block with an identity adopts it with nothing left to plan.
func TestAccIdentity_everyResourceThroughTheCLI(t *testing.T) {
	for _, c := range managedObjects(t) {
		t.Run(c.TypeName, func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			addr := c.TypeName + ".test"
			config := tg.ProviderBlock() + c.resourceBlock(t, tg, acctest.UniqueKey(t))
			tg.Run(t, resource.TestCase{
				TerraformVersionChecks: []tfversion.TerraformVersionCheck{acctest.NeedsTerraform("1.12.0", "resource identity")},
				Steps: []resource.TestStep{
					{
						Config: config,
						ConfigStateChecks: append(c.identityMatchesState(addr),
							statecheck.ExpectIdentity(addr, c.identityNotNull())),
					},
					{Config: config, ResourceName: addr, ImportState: true, ImportStateKind: resource.ImportBlockWithResourceIdentity},
				},
			})
		})
	}
}

// Through Terraform 1.14+: every list block finds what a configuration made, by identity.
func TestAccQuery_everyListResourceThroughTheCLI(t *testing.T) {
	for _, c := range managedObjects(t) {
		t.Run(c.TypeName, func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			key := acctest.UniqueKey(t)
			addr := c.TypeName + ".test"
			tg.Run(t, resource.TestCase{
				TerraformVersionChecks: []tfversion.TerraformVersionCheck{acctest.NeedsTerraform("1.14.0", "list resources (terraform query)")},
				Steps: []resource.TestStep{
					{
						Config:            tg.ProviderBlock() + c.resourceBlock(t, tg, key),
						ConfigStateChecks: c.identityMatchesState(addr),
					},
					{
						Query: true,
						// The first step's provider block configures the query too.
						Config: c.listBlock(t, tg, key),
						QueryResultChecks: []querycheck.QueryResultCheck{
							// Each test has a stand-in of its own: exactly what the first step made.
							querycheck.ExpectLength(addr, 1+c.Example.Shipped),
							querycheck.ExpectIdentity(addr, c.identityNotNull()),
						},
					},
				},
			})
		})
	}
}
