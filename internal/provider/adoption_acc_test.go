package provider_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// Adoption is never destructive: for every list resource, and every way its object is made
// through Seam's API (a grant by space, by device, with a requested code, with a mobile key;
// a space with and without devices; a webview with a provider category; a webhook for every
// event), terraform query -generate-config-out writes a configuration that holds no secret,
// validates, and plans the imports alone: nothing added, changed, replaced or destroyed.
func TestAccAdoption_queryGeneratedConfigurationPlansOnlyImports(t *testing.T) {
	for _, o := range managedObjects(t) {
		ways := map[string]func(*testing.T, *acctest.Target, string) string{"as the tables make it": o.make}
		for name, made := range o.madeOtherwise() {
			ways[name] = made
		}
		for way, made := range ways {
			t.Run(o.TypeName+"/"+way, func(t *testing.T) {
				t.Parallel()
				acctest.PreCheck(t)
				acctest.RequireTerraformFor(t, "1.14.0", "terraform query -generate-config-out")
				tg := acctest.FullAPI(t)
				srv := tg.RequireStandIn(t)
				cliConfig := acctest.BuildProvider(t)
				key := acctest.UniqueKey(t)
				id := made(t, tg, key)
				dir := acctest.WriteConfig(t, tg.BinaryProviderBlock())
				query := listBlockOf(o.TypeName, "found", o.ListScope(key, tg.Needs(t, o.Managed, key)), "  include_resource = true\n")
				if err := os.WriteFile(filepath.Join(dir, "adopt.tfquery.hcl"), []byte(query), 0o600); err != nil {
					t.Fatal(err)
				}
				run := acctest.TerraformIn(t, cliConfig, dir)
				run("query", "-generate-config-out=generated.tf")
				generated, err := os.ReadFile(filepath.Join(dir, "generated.tf"))
				if err != nil {
					t.Fatal(err)
				}
				for _, value := range o.IdentityValues(id) {
					if !strings.Contains(string(generated), value) {
						t.Fatalf("the generated configuration does not adopt %s %s:\n%s", o.Noun, id, generated)
					}
				}
				secrets := slices.Concat(srv.AccessSecrets(), srv.WebviewURLSecrets(), srv.WebhookSecrets(), srv.SessionTokens())
				for _, secret := range secrets {
					if strings.Contains(string(generated), secret) {
						t.Errorf("the generated configuration holds a secret %q:\n%s", secret, generated)
					}
				}
				run("validate")
				plan := run("plan")
				counts := regexp.MustCompile(`Plan: (\d+) to import, 0 to add, 0 to change, 0 to destroy\.`).FindStringSubmatch(plan)
				if counts == nil || counts[1] == "0" {
					t.Errorf("the plan of the generated configuration is not imports alone:\n%s\ngenerated:\n%s", plan, generated)
				}
			})
		}
	}
}
