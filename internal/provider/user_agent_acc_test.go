package provider_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sync"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

func TestAccProvider_userAgentNamesProviderAndTerraformVersions(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	var mu sync.Mutex
	var agents []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agents = append(agents, r.UserAgent())
		mu.Unlock()
		_, _ = w.Write([]byte(`{"client_session":{"client_session_id":"cst1","workspace_id":"w","token":"seam_cst_x",` +
			`"created_at":"2025-06-15T16:54:17Z","expires_at":"2025-06-16T16:54:17Z","device_count":0}}`))
	}))
	t.Cleanup(srv.Close)
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: fmt.Sprintf("provider \"seam\" {\n endpoint = %q\n api_key = %q\n}\n", srv.URL, fakeseam.SeedAPIKey) + readSeeded,
		}},
	})
	want := regexp.MustCompile(`^terraform-provider-seam/test \(\+https://registry\.terraform\.io/providers/seamapi/seam\) Terraform/\d+\.\d+\.\d+`)
	mu.Lock()
	defer mu.Unlock()
	if len(agents) == 0 {
		t.Fatal("the provider sent no request")
	}
	for _, ua := range agents {
		if !want.MatchString(ua) {
			t.Errorf("User-Agent %q does not match %s", ua, want)
		}
	}
}
