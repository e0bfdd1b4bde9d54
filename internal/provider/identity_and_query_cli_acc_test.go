package provider_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/seamapi/terraform-provider-seam/internal/acctest"
)

// cliCase is one resource as a configuration makes it, and a list block that finds it.
type cliCase struct {
	resourceType, idAttr string
	config               func(key string) string
	list                 func(key string) string
}

var cliCases = []cliCase{
	{"seam_client_session", "client_session_id",
		func(key string) string { return fmt.Sprintf("user_identifier_key = %q", key) },
		func(key string) string { return fmt.Sprintf("user_identifier_key = %q", key) }},
	{"seam_user_identity", "user_identity_id",
		func(key string) string { return fmt.Sprintf("user_identity_key = %q", key) },
		func(key string) string { return fmt.Sprintf("search = %q", key) }},
	{"seam_connect_webview", "connect_webview_id",
		func(key string) string { return fmt.Sprintf("customer_key = %q", key) },
		func(key string) string { return fmt.Sprintf("customer_key = %q", key) }},
	{"seam_webhook", "webhook_id",
		func(key string) string { return fmt.Sprintf("url = \"https://%s.example.com/events\"", key) },
		func(string) string { return "" }},
}

// Through Terraform 1.12+: every resource's identity is its Seam ID, in the state, and an
// import block with an identity adopts it with nothing left to plan.
func TestAccIdentity_everyResourceThroughTheCLI(t *testing.T) {
	for _, c := range cliCases {
		t.Run(c.resourceType, func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			addr := c.resourceType + ".test"
			config := tg.ProviderBlock() + fmt.Sprintf("resource %q \"test\" {\n  %s\n}\n", c.resourceType, c.config(acctest.UniqueKey(t)))
			tg.Run(t, resource.TestCase{
				TerraformVersionChecks: []tfversion.TerraformVersionCheck{acctest.NeedsTerraform("1.12.0", "resource identity")},
				Steps: []resource.TestStep{
					{
						Config: config,
						ConfigStateChecks: []statecheck.StateCheck{
							statecheck.ExpectIdentity(addr, map[string]knownvalue.Check{c.idAttr: knownvalue.NotNull()}),
							statecheck.ExpectIdentityValueMatchesState(addr, tfjsonpath.New(c.idAttr)),
						},
					},
					{Config: config, ResourceName: addr, ImportState: true, ImportStateKind: resource.ImportBlockWithResourceIdentity},
				},
			})
		})
	}
}

// Through Terraform 1.14+: every list block finds what a configuration made, by identity.
func TestAccQuery_everyListResourceThroughTheCLI(t *testing.T) {
	for _, c := range cliCases {
		t.Run(c.resourceType, func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			key := acctest.UniqueKey(t)
			addr := c.resourceType + ".test"
			tg.Run(t, resource.TestCase{
				TerraformVersionChecks: []tfversion.TerraformVersionCheck{acctest.NeedsTerraform("1.14.0", "list resources (terraform query)")},
				Steps: []resource.TestStep{
					{
						Config: tg.ProviderBlock() + fmt.Sprintf("resource %q \"test\" {\n  %s\n}\n", c.resourceType, c.config(key)),
						ConfigStateChecks: []statecheck.StateCheck{
							statecheck.ExpectIdentityValueMatchesState(addr, tfjsonpath.New(c.idAttr)),
						},
					},
					{
						Query: true,
						// The first step's provider block configures the query too.
						Config: fmt.Sprintf("list %q \"test\" {\n  provider = seam\n  config {\n    %s\n  }\n}\n", c.resourceType, c.list(key)),
						QueryResultChecks: []querycheck.QueryResultCheck{
							// Each test has a stand-in of its own: exactly what the first step made.
							querycheck.ExpectLength(addr, 1),
							querycheck.ExpectIdentity(addr, map[string]knownvalue.Check{c.idAttr: knownvalue.NotNull()}),
						},
					},
				},
			})
		})
	}
}
