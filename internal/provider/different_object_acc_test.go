package provider_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/seamapi/terraform-provider-seam/internal/provider"
	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// Every data source takes only the object it asked for: a server that matches loosely, here
// one that answers every get with Seam's documented example object (the object's own fixture),
// must not hand over another one, by ID or by key. The error names what was asked and what
// came back. The cases are built from the registry: every object that a data source looks up.
func TestAccDataSources_refuseAnotherObjectThanAskedFor(t *testing.T) {
	tg := acctest.Seam(t)
	for _, o := range provider.Objects() {
		if !slices.Contains(blocksOf(o).dataSources, o.Descriptor.TypeName) {
			continue
		}
		body, raw := fixture(t, o.Contract)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if !strings.HasSuffix(r.URL.Path, "/get") {
				http.Error(w, "not served here", http.StatusTeapot)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write(body)
		}))
		t.Cleanup(srv.Close)
		providerBlock := fmt.Sprintf("provider \"seam\" {\n endpoint = %q\n api_key = %q\n}\n", srv.URL, fakeseam.SeedAPIKey)
		seams := fmt.Sprint(raw[o.Descriptor.IDAttr])
		for _, lookup := range []string{o.Descriptor.IDAttr, o.Descriptor.KeyAttr} {
			if lookup == "" {
				continue
			}
			t.Run(o.Descriptor.TypeName+" by "+lookup, func(t *testing.T) {
				t.Parallel()
				tg.Run(t, resource.TestCase{Steps: []resource.TestStep{{
					Config: providerBlock + fmt.Sprintf("data %q \"test\" { %s = \"mine\" }", o.Descriptor.TypeName, lookup),
					ExpectError: acctest.ErrorMatching("Seam returned a different "+o.Descriptor.Noun, fmt.Sprintf("%s %q", lookup, "mine"),
						seams),
				}}})
			})
		}
	}
}
