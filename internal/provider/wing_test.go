package provider_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// The provider binary links no test machinery: no package of internal/testing is among the
// dependencies of the module's main package (depguard refuses each import; this holds the whole
// graph to it, indirect imports included).
func TestWing_theProviderBinaryLinksNoTestMachinery(t *testing.T) {
	root, err := fakeseam.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	list := exec.CommandContext(t.Context(), "go", "list", "-deps", ".")
	list.Dir = root
	out, err := list.Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	deps := strings.Fields(string(out))
	const module = "github.com/seamapi/terraform-provider-seam/internal/"
	linked := 0
	for _, p := range deps {
		switch {
		case strings.HasPrefix(p, module+"testing/"), strings.HasPrefix(p, module+"cmd/"):
			t.Errorf("the provider binary links %s", p)
		case strings.HasPrefix(p, module):
			linked++
		}
	}
	if linked < 5 {
		t.Fatalf("go list names %d of the module's packages among the binary's: the check would pass for nothing", linked)
	}
}
