package provider_test

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/go-version"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"

	"github.com/seamapi/terraform-provider-seam/internal/provider"
)

// The docs promise only what holds (the provider's own logs and errors, not Terraform
// core's), and say which Terraform and OpenTofu versions each block needs.
func TestDocs_promiseOnlyWhatHolds(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(strings.Fields(string(b)), " ")
	}
	index, readme := read("../../docs/index.md"), read("../../README.md")
	for _, false_ := range []string{"Terraform's own log does not show sensitive values", "never the value"} {
		for name, text := range map[string]string{"docs/index.md": index, "README.md": readme} {
			if strings.Contains(text, false_) {
				t.Errorf("%s still says %q", name, false_)
			}
		}
	}
	for _, want := range []string{
		"Terraform core's DEBUG and TRACE logs may hold sensitive values",
		"never show a credential or a token",
		"whenever the credential is a personal access token, from the block or the environment, the workspace comes from `workspace_id`, else from `SEAM_WORKSPACE_ID`",
		"| `seam_client_session` ephemeral resource | 1.10 or later | 1.11 or later |",
		"| provider, every resource and data source | 1.0 or later | 1.6 or later |",
		"| list resources: `list` blocks in `.tfquery.hcl` files, `terraform query` | 1.14 or later | not yet |",
	} {
		if !strings.Contains(index, want) {
			t.Errorf("docs/index.md lacks %q", want)
		}
	}
}

// The ephemeral resource's example keeps OpenTofu 1.10, which has no ephemeral resources,
// from reaching a confusing "Unsupported block type", and lets Terraform and OpenTofu 1.11 in.
func TestExamples_ephemeralResourceNeedsAVersionThatHasIt(t *testing.T) {
	b, err := os.ReadFile("../../examples/ephemeral-resources/seam_client_session/ephemeral-resource.tf")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`required_version\s*=\s*"([^"]+)"`).FindSubmatch(b)
	if m == nil {
		t.Fatal("the example has no required_version")
	}
	constraint, err := version.NewConstraint(string(m[1]))
	if err != nil {
		t.Fatal(err)
	}
	for v, allowed := range map[string]bool{"1.10.5": false, "1.11.0": true, "1.12.1": true} {
		if got := constraint.Check(version.Must(version.NewVersion(v))); got != allowed {
			t.Errorf("required_version %q lets %s in: %v, want %v", m[1], v, got, allowed)
		}
	}
}

// Every object the provider manages can be adopted with terraform query: it registers a list
// resource, whose page tfplugindocs rendered (with a Terraform that renders list resources),
// embedding its example.
func TestDocs_everyManagedObjectHasAListResourceWithItsPageAndExample(t *testing.T) {
	for _, o := range provider.Objects() {
		if len(o.Resources) > 0 && len(o.ListResources) == 0 {
			t.Errorf("%s is managed and has no list resource: terraform query cannot adopt it", o.Descriptor.TypeName)
		}
		for _, newList := range o.ListResources {
			var resp resource.MetadataResponse
			newList().Metadata(context.Background(), resource.MetadataRequest{ProviderTypeName: "seam"}, &resp)
			page, err := os.ReadFile("../../docs/list-resources/" + strings.TrimPrefix(resp.TypeName, "seam_") + ".md")
			if err != nil {
				t.Errorf("%s has no page: %v (run make generate TERRAFORM=<Terraform 1.14 or later>)", resp.TypeName, err)
				continue
			}
			example, err := os.ReadFile("../../examples/list-resources/" + resp.TypeName + "/list-resource.tfquery.hcl")
			if err != nil {
				t.Errorf("%s has no example: %v", resp.TypeName, err)
				continue
			}
			for _, want := range []string{resp.TypeName + " (List Resource)", strings.TrimSpace(string(example)), "## Schema"} {
				if !strings.Contains(string(page), want) {
					t.Errorf("the page of %s lacks %q", resp.TypeName, want)
				}
			}
		}
	}
}

// Every block the provider registers has its example, which tfplugindocs puts on its page: a
// resource its resource.tf and import.sh, a data source its data-source.tf, an ephemeral
// resource its ephemeral-resource.tf.
func TestExamples_everyRegisteredBlockHasItsExample(t *testing.T) {
	for _, o := range provider.Objects() {
		b := blocksOf(o)
		var want []string
		for _, name := range b.resources {
			want = append(want, "resources/"+name+"/resource.tf", "resources/"+name+"/import.sh")
		}
		for _, name := range b.dataSources {
			want = append(want, "data-sources/"+name+"/data-source.tf")
		}
		for _, name := range b.ephemerals {
			want = append(want, "ephemeral-resources/"+name+"/ephemeral-resource.tf")
		}
		for _, file := range want {
			if _, err := os.Stat("../../examples/" + file); err != nil {
				t.Errorf("%s is registered without examples/%s", o.Descriptor.TypeName, file)
			}
		}
	}
}

// The README names every registered block, and the docs of the packages that speak of every
// object (the client, the stand-in, the contract) and the provider's own description name every
// registered object: a new object cannot leave them stale.
func TestDocs_theReadmeAndPackageDocsNameEveryObject(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	packageDoc := func(file string) string {
		var lines []string
		for _, line := range strings.Split(read(file), "\n") {
			if strings.HasPrefix(line, "package ") {
				break
			}
			lines = append(lines, strings.TrimPrefix(line, "// "))
		}
		return strings.ToLower(strings.Join(lines, " "))
	}
	server, err := providerserver.NewProtocol6WithError(provider.New("test")())()
	if err != nil {
		t.Fatal(err)
	}
	schema, err := server.GetProviderSchema(context.Background(), &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{
		"internal/seam's package doc":             packageDoc("../seam/client.go"),
		"internal/testing/standin's package doc":  packageDoc("../testing/standin/server.go"),
		"internal/testing/seamspec's package doc": packageDoc("../testing/seamspec/document.go"),
		"the provider's description":              strings.ToLower(schema.Provider.Block.Description),
	}
	readme := read("../../README.md")
	for _, o := range provider.Objects() {
		b := blocksOf(o)
		for _, name := range append(append(b.resources, b.dataSources...), b.ephemerals...) {
			if !strings.Contains(readme, "`"+name+"`") {
				t.Errorf("README.md does not name %s", name)
			}
		}
		noun, plural := strings.ToLower(o.Descriptor.Noun), strings.ToLower(o.Descriptor.Plural())
		for what, text := range texts {
			if text = strings.Join(strings.Fields(text), " "); !strings.Contains(text, noun) && !strings.Contains(text, plural) {
				t.Errorf("%s does not name the %s", what, o.Descriptor.Noun)
			}
		}
	}
}
