package acctest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
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

// WriteConfig writes config to main.tf in a fresh directory and returns the directory.
func WriteConfig(t *testing.T, config string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(config), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

// Terraform runs the Terraform CLI in dir with the binary that cliConfig's dev_overrides
// name, and env added, and returns its combined output.
func Terraform(t *testing.T, cliConfig, dir string, args ...string) (string, error) {
	return TerraformEnv(t, cliConfig, dir, nil, args...)
}

// TerraformEnv is Terraform with variables added to the environment.
func TerraformEnv(t *testing.T, cliConfig, dir string, env []string, args ...string) (string, error) {
	t.Helper()
	flags := []string{"-no-color"}
	if slices.Contains([]string{"apply", "destroy", "import", "plan", "refresh"}, args[0]) {
		flags = append(flags, "-input=false")
	}
	// Flags go before a saved plan's file (apply tfplan), as the CLI requires.
	last := len(args)
	if args[0] == "apply" && last > 1 && !strings.HasPrefix(args[last-1], "-") {
		last--
	}
	args = append(append(append([]string{"-chdir=" + dir}, args[:last]...), flags...), args[last:]...)
	cmd := exec.CommandContext(t.Context(), os.Getenv("TF_ACC_TERRAFORM_PATH"), args...)
	cmd.Env = append(append(os.Environ(), "TF_CLI_CONFIG_FILE="+cliConfig), env...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// ApplyWithBinary writes config to a fresh directory and runs `terraform apply` there with
// the binary that cliConfig's dev_overrides name, and env added. It fails the test if the
// apply fails, and returns the directory and the apply's output.
func ApplyWithBinary(t *testing.T, cliConfig, config string, env ...string) (dir, output string) {
	t.Helper()
	dir = WriteConfig(t, config)
	out, err := TerraformEnv(t, cliConfig, dir, env, "apply", "-auto-approve")
	if err != nil {
		t.Fatalf("terraform apply: %v\n%s", err, out)
	}
	return dir, out
}

// TerraformIn runs the CLI in dir and fails the test when it fails.
func TerraformIn(t *testing.T, cliConfig, dir string) func(args ...string) string {
	return func(args ...string) string {
		t.Helper()
		out, err := Terraform(t, cliConfig, dir, args...)
		if err != nil {
			t.Fatalf("terraform %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return out
	}
}

// WriteMain writes config as dir's main.tf.
func WriteMain(t *testing.T, dir, config string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(config), 0o600); err != nil {
		t.Fatal(err)
	}
}

// ExpectInOrder fails the test unless out holds the phrases in order; it logs the plan part
// of the output, which `go test -v` shows as Terraform printed it.
func ExpectInOrder(t *testing.T, what, out string, phrases ...string) {
	t.Helper()
	if !ErrorMatching(phrases...).MatchString(out) {
		t.Errorf("%s lacks %q in order:\n%s", what, phrases, out)
	}
	if i := strings.Index(out, "Terraform used the selected providers"); i >= 0 {
		out = out[i:]
	}
	t.Logf("%s:\n%s", what, out)
}
