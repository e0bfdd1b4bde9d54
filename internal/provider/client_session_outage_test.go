package provider_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/seamapi/terraform-provider-seam/internal/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/fakeseam"
)

// During a Seam outage the plan fails, after the configured retries, with an error that
// names the status, the attempts and the request ID, and within bounded time.
func TestClientSessionDataSource_outageFailsClearlyAfterRetries(t *testing.T) {
	t.Parallel()
	acctest.Seam(t).RequireFake(t)
	// A fake of its own: the outage must not reach the tests running beside this one.
	fake, err := fakeseam.Start(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fake.Stop)
	if err := fake.SimulateOutage(t.Context(), fakeseam.SeedWorkspace, "/client_sessions/get"); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	resource.UnitTest(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories(),
		Steps: []resource.TestStep{{
			Config: fmt.Sprintf("provider \"seam\" {\n endpoint = %q\n api_key = %q\n max_retries = 3\n}\n", fake.URL, fakeseam.SeedAPIKey) +
				`data "seam_client_session" "test" { client_session_id = "cst1" }`,
			ExpectError: errorMatching("Seam API error", `client_session_id "cst1"`, "HTTP 503 (Service Unavailable)", "request ID request", "after 4 attempts"),
		}},
	})
	// Generous, so it cannot flake: it only shows the run did not hang.
	if elapsed := time.Since(start); elapsed > 2*time.Minute {
		t.Errorf("the failing plan took %s", elapsed)
	}
	if t.Failed() {
		t.Logf("the outage fake's log:\n%s", fake.Log())
	}
}
