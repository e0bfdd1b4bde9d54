package acctest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/fakeseam"
)

// BuildProvider builds the provider binary into a temporary directory and returns a
// Terraform CLI configuration file whose dev_overrides point seamapi/seam at it: the way
// a user runs a local build, for tests that must see what the real binary does.
func BuildProvider(t *testing.T) (cliConfig string) {
	t.Helper()
	root, err := fakeseam.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	build := exec.CommandContext(t.Context(), "go", "build", "-o", filepath.Join(dir, "terraform-provider-seam"), ".")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the provider: %v\n%s", err, out)
	}
	cliConfig = filepath.Join(dir, "dev.tfrc")
	rc := fmt.Sprintf("provider_installation {\n  dev_overrides {\n    \"seamapi/seam\" = %q\n  }\n  direct {}\n}\n", dir)
	if err := os.WriteFile(cliConfig, []byte(rc), 0o600); err != nil {
		t.Fatal(err)
	}
	return cliConfig
}
