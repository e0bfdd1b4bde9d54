package provider_test

import (
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// Two resources of one configuration with the same key: the provider checks the key and
// creates under it one at a time, so the second finds the first's object and says what to do
// (the provider's own guidance, never Seam's bare refusal), and one create reaches Seam. The
// key checks' answers are held back, so that without that order both would find the key free.
func TestAccKeys_twoResourcesWithOneKeyGetTheProvidersGuidance(t *testing.T) {
	for _, o := range managedObjects(t) {
		if o.keyAttr == "" {
			continue
		}
		t.Run(o.TypeName, func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			srv := tg.RequireStandIn(t)
			key := acctest.UniqueKey(t)
			block := o.resourceBlock(t, tg, key)
			config := tg.ProviderBlock() + block + strings.Replace(block, `"test"`, `"twin"`, 1)
			slow := standin.Fault{AfterHandling: true, Rewrite: func(b []byte) []byte { return b }, Delay: 700 * time.Millisecond}
			srv.FailNext(o.getPath, slow, slow)
			tg.Run(t, resource.TestCase{Steps: []resource.TestStep{{
				Config: config,
				ExpectError: acctest.ErrorMatching("already exists", "already has "+o.WithArticle()+" with "+o.keyAttr,
					"another resource of this configuration manages"),
			}}})
			if n := tg.Requests(o.createPath); n != 1 {
				t.Errorf("%d creates reached Seam, want 1: the second resource should have found the first's %s", n, o.Noun)
			}
		})
	}
}
