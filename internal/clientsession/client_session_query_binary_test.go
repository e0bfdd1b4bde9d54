package clientsession_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// The adoption path, with the real CLI (Terraform 1.14+) and binary: an app made a session;
// terraform query finds it and writes its import and resource blocks; apply imports it; the
// next plan is empty. terraform query -json prints results in clear: the token is not there.
func TestAccClientSessionQuery_generatedConfigAdoptsASessionMadeOutsideTerraform(t *testing.T) {
	tg := acctest.FullAPI(t)
	acctest.RequireTerraformFor(t, "1.14.0", "terraform query")
	key := acctest.UniqueKey(t)
	made := tg.CreateClientSession(t, map[string]any{"user_identifier_key": key})
	cliConfig := acctest.BuildProvider(t)
	dir := t.TempDir()
	acctest.WriteMain(t, dir, tg.BinaryProviderBlock())
	query := fmt.Sprintf("list \"seam_client_session\" \"app_made\" {\n  provider         = seam\n  include_resource = true\n  config {\n    user_identifier_key = %q\n  }\n}\n", key)
	if err := os.WriteFile(filepath.Join(dir, "sessions.tfquery.hcl"), []byte(query), 0o600); err != nil {
		t.Fatal(err)
	}
	terraform := acctest.TerraformIn(t, cliConfig, dir)

	out := terraform("query", "-json")
	if token := acctest.RawString(made, "token"); token == "" || strings.Contains(out, token) {
		t.Errorf("terraform query -json prints the session's token (or the test has none to look for):\n%s", out)
	}
	acctest.ExpectInOrder(t, "query -json", out, rawID(made))

	out = terraform("query", "-generate-config-out=adopted.tf")
	t.Logf("query -generate-config-out:\n%s", out)
	generated, err := os.ReadFile(filepath.Join(dir, "adopted.tf"))
	if err != nil {
		t.Fatal(err)
	}
	acctest.ExpectInOrder(t, "adopted.tf", string(generated), `resource "seam_client_session"`, key, "import {", "identity = {", rawID(made))
	out = terraform("apply", "-auto-approve")
	acctest.ExpectInOrder(t, "apply", out, "Apply complete! Resources: 1 imported, 0 added, 0 changed, 0 destroyed.")
	out = terraform("plan", "-detailed-exitcode")
	acctest.ExpectInOrder(t, "plan after the adoption", out, "No changes.")
	if n := tg.Requests("/client_sessions/create"); n != 1 {
		t.Errorf("%d creates reached Seam, want only the app's", n)
	}
}
