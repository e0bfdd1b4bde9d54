package provider_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// The ephemeral resource's documented example, applied as a user would against Seam's
// fake: it must work, and leave neither the session's token nor a credential in the state.
func TestAccExamples_ephemeralResourceLeavesNoTokenInState(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	tg.RequireFake(t)
	// The example asks for 1.11, which OpenTofu needs for ephemeral resources.
	acctest.RequireVersion(t, "1.11.0", "1.11.0")
	session := tg.CreateClientSession(t, map[string]any{"user_identifier_key": "jane_doe"})
	cliConfig := acctest.BuildProvider(t)

	root, err := fakeseam.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	example, err := os.ReadFile(filepath.Join(root, "examples", "ephemeral-resources", "seam_client_session", "ephemeral-resource.tf"))
	if err != nil {
		t.Fatal(err)
	}
	// A terraform_data beside the example gives the state something to hold, so an
	// empty state cannot pass for a clean one.
	config := string(example) + "\nresource \"terraform_data\" \"marker\" {\n  input = \"applied\"\n}\n"
	work, out := acctest.ApplyWithBinary(t, cliConfig, config, "SEAM_ENDPOINT="+tg.Endpoint, "SEAM_API_KEY="+fakeseam.SeedAPIKey)
	for _, want := range []string{"ephemeral.seam_client_session.jane: Opening", "ephemeral.seam_client_session.as_jane: Opening", "Apply complete!"} {
		if !strings.Contains(out, want) {
			t.Errorf("apply output lacks %q:\n%s", want, out)
		}
	}
	state, err := os.ReadFile(filepath.Join(work, "terraform.tfstate"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(state), `"applied"`) {
		t.Fatalf("the state is not the applied one:\n%s", state)
	}
	for name, secret := range map[string]string{"session's token": acctest.RawString(session, "token"), "API key": fakeseam.SeedAPIKey} {
		if strings.Contains(string(state), secret) {
			t.Errorf("terraform.tfstate holds the %s", name)
		}
	}
}
