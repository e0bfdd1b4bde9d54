package acctest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/hashicorp/go-version"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"
)

// OpenTofu reports whether the tests run OpenTofu rather than Terraform: the CLI that
// TF_ACC_TERRAFORM_PATH names is tofu (setup-opentofu's provider_acceptance_tests sets it).
func OpenTofu() bool {
	return strings.HasPrefix(filepath.Base(os.Getenv("TF_ACC_TERRAFORM_PATH")), "tofu")
}

// cliName is the CLI's name, for skip messages.
func cliName() string {
	if OpenTofu() {
		return "OpenTofu"
	}
	return "Terraform"
}

// SkipBelow skips a terraform-plugin-testing test case on a CLI older than it needs:
// terraform on Terraform, tofu on OpenTofu, which added features at other versions.
func SkipBelow(terraform, tofu string) tfversion.TerraformVersionCheck {
	return newSkipBelow(terraform, tofu)
}

func newSkipBelow(terraform, tofu string) skipBelow {
	return skipBelow{terraform: version.Must(version.NewVersion(terraform)), tofu: version.Must(version.NewVersion(tofu))}
}

type skipBelow struct{ terraform, tofu *version.Version }

func (s skipBelow) CheckTerraformVersion(_ context.Context, req tfversion.CheckTerraformVersionRequest, resp *tfversion.CheckTerraformVersionResponse) {
	if msg := s.skip(req.TerraformVersion); msg != "" {
		resp.Skip = msg
	}
}

func (s skipBelow) skip(v *version.Version) string {
	need := s.terraform
	if OpenTofu() {
		need = s.tofu
	}
	if v.LessThan(need) {
		return fmt.Sprintf("needs %s %s or later; this is %s", cliName(), need, v)
	}
	return ""
}

// CLIVersion is the version of the Terraform (or OpenTofu) CLI at path, as `version -json` says.
func CLIVersion(ctx context.Context, path string) (*version.Version, error) {
	out, err := exec.CommandContext(ctx, path, "version", "-json").Output()
	if err != nil {
		return nil, fmt.Errorf("%s version -json: %w", path, err)
	}
	var v struct {
		Version string `json:"terraform_version"`
	}
	if err := json.Unmarshal(out, &v); err != nil {
		return nil, fmt.Errorf("%s version -json: %w", path, err)
	}
	return version.NewVersion(v.Version)
}

// cliVersion is the version of the CLI the tests run, asked once.
var cliVersion = sync.OnceValues(func() (*version.Version, error) {
	return CLIVersion(context.Background(), os.Getenv("TF_ACC_TERRAFORM_PATH"))
})

// RequireVersion skips a test that runs the CLI itself (not through a test case) on a CLI
// older than it needs, as SkipBelow does for test cases.
func RequireVersion(t *testing.T, terraform, tofu string) {
	t.Helper()
	v, err := cliVersion()
	if err != nil {
		t.Fatal(err)
	}
	if msg := newSkipBelow(terraform, tofu).skip(v); msg != "" {
		t.Skip(msg)
	}
}

// NewerCLIMarker starts the skip message of a test left to a newer CLI than the one running:
// make test counts those apart, and fails on any other skip.
const NewerCLIMarker = "left to a newer CLI:"

// NeedsTerraform skips a test case whose feature needs Terraform version or later, and on
// OpenTofu, which has none of these features yet, saying so.
func NeedsTerraform(minimum, feature string) tfversion.TerraformVersionCheck {
	return newNeedsTerraform(minimum, feature)
}

func newNeedsTerraform(minimum, feature string) needsTerraform {
	return needsTerraform{minimum: version.Must(version.NewVersion(minimum)), feature: feature}
}

type needsTerraform struct {
	minimum *version.Version
	feature string
}

func (n needsTerraform) CheckTerraformVersion(_ context.Context, req tfversion.CheckTerraformVersionRequest, resp *tfversion.CheckTerraformVersionResponse) {
	resp.Skip = n.skip(req.TerraformVersion)
}

func (n needsTerraform) skip(v *version.Version) string {
	switch {
	case OpenTofu():
		return fmt.Sprintf("%s OpenTofu has no %s yet", NewerCLIMarker, n.feature)
	case v.LessThan(n.minimum):
		return fmt.Sprintf("%s %s needs Terraform %s or later; this is %s (set TF_ACC_TERRAFORM_PATH to a newer one)",
			NewerCLIMarker, n.feature, n.minimum, v)
	}
	return ""
}

// RequireTerraformFor skips a test that runs the CLI itself when its feature needs a newer
// Terraform, as NeedsTerraform does for test cases.
func RequireTerraformFor(t *testing.T, minimum, feature string) {
	t.Helper()
	v, err := cliVersion()
	if err != nil {
		t.Fatal(err)
	}
	if msg := newNeedsTerraform(minimum, feature).skip(v); msg != "" {
		t.Skip(msg)
	}
}

// TerraformAtLeast reports whether the CLI is Terraform (not OpenTofu) of version minimum or
// later: for tests that run a newer command where the CLI has it, and say so where it has not.
func TerraformAtLeast(t *testing.T, minimum string) bool {
	t.Helper()
	v, err := cliVersion()
	if err != nil {
		t.Fatal(err)
	}
	return !OpenTofu() && !v.LessThan(version.Must(version.NewVersion(minimum)))
}
