// Command gendocs renders docs/ with tfplugindocs (pinned in go.mod), run with the Terraform
// CLI the tests use: TF_ACC_TERRAFORM_PATH, else terraform on PATH. tfplugindocs renders a
// list resource's page only when that CLI is Terraform 1.14 or later, and deletes the pages it
// did not render; with an older CLI, gendocs keeps the committed list-resource pages as they
// are, names each page it left to a newer CLI, and counts them. `make generate` runs it
// through go:generate in main.go.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/hashicorp/go-version"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/provider"
	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// listPagesSince is the first Terraform with list resources, which tfplugindocs needs to render their pages.
var listPagesSince = version.Must(version.NewVersion("1.14.0"))

const listDir = "docs/list-resources"

func main() {
	if err := run(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "gendocs:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context) error {
	terraform, err := findTerraform()
	if err != nil {
		return err
	}
	v, err := acctest.CLIVersion(ctx, terraform)
	if err != nil {
		return err
	}
	pages := listPages()
	kept := map[string][]byte{}
	old := v.LessThan(listPagesSince)
	if old {
		for _, page := range pages {
			b, err := os.ReadFile(page)
			if err != nil {
				return fmt.Errorf("%s is missing, and Terraform %s cannot render it: run make generate TERRAFORM=<a Terraform 1.14 or later>", page, v)
			}
			kept[page] = b
		}
	}
	cmd := exec.CommandContext(ctx, "go", "tool", "tfplugindocs", "generate", "--provider-name", "seam", "--rendered-provider-name", "Seam")
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(terraform)+string(os.PathListSeparator)+os.Getenv("PATH"))
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("tfplugindocs: %w", err)
	}
	if !old {
		return nil
	}
	if err := os.MkdirAll(listDir, 0o755); err != nil {
		return err
	}
	for page, b := range kept {
		if err := os.WriteFile(page, b, 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("%s %d list-resource pages, kept as committed (tfplugindocs renders them with Terraform %s or later; this is %s): %s\n",
		acctest.NewerCLIMarker, len(pages), listPagesSince, v, strings.Join(pages, ", "))
	return nil
}

// listPages are the pages of the provider's list resources: one per registered list resource.
func listPages() []string {
	var pages []string
	for _, o := range provider.Objects() {
		for _, newList := range o.ListResources {
			var resp resource.MetadataResponse
			newList().Metadata(context.Background(), resource.MetadataRequest{ProviderTypeName: "seam"}, &resp)
			pages = append(pages, filepath.Join(listDir, strings.TrimPrefix(resp.TypeName, "seam_")+".md"))
		}
	}
	return pages
}

// findTerraform is the CLI the tests use: TF_ACC_TERRAFORM_PATH, else terraform on PATH.
func findTerraform() (string, error) {
	if p := os.Getenv("TF_ACC_TERRAFORM_PATH"); p != "" {
		return filepath.Abs(p)
	}
	p, err := exec.LookPath("terraform")
	if err != nil {
		return "", errors.New("terraform CLI not found: put one on PATH, or set TF_ACC_TERRAFORM_PATH (make generate TERRAFORM=...); tfplugindocs needs it")
	}
	return filepath.Abs(p)
}
