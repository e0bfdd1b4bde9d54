package clientsession_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// lookups is a configuration of n data sources that each read the seeded session.
func lookups(provider string, n int) string {
	return provider + fmt.Sprintf(`
data "seam_client_session" "test" {
  for_each          = toset([for i in range(%d) : tostring(i)])
  client_session_id = "cst1"
}
`, n)
}

// During an outage the first reads fail after their retries, naming the status, the
// attempts and the request ID; the reads after them fail at once, naming that first
// failure, so the plan ends without sending each read's retries.
func TestAccClientSessionDataSource_outageFailsFastAfterTheFirstReadsGiveUp(t *testing.T) {
	t.Parallel()
	acctest.Seam(t).RequireFake(t)
	// A fake of its own: the outage must not reach the tests running beside this one.
	tg := acctest.PrivateFake(t)
	if err := tg.Fake.SimulateOutage(t.Context(), fakeseam.SeedWorkspace, "/client_sessions/get"); err != nil {
		t.Fatal(err)
	}
	const reads, attempts = 30, 4
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: lookups(tg.ProviderBlock("max_retries = 3"), reads),
			ExpectError: acctest.ErrorMatching("Seam API unavailable", `client_session_id "cst1" was not attempted`,
				"stopped calling Seam for a while", "the first of them: Seam API returned HTTP 503", "after 4 attempts"),
		}},
	})
	// Terraform reads 10 data sources at a time: those send their attempts, as may a few that
	// start before the sixth failure is in; the rest send nothing. Without failing fast every
	// read would send all its attempts: the provider must send fewer than half of those.
	if sent, without := tg.Requests("/client_sessions/get"), reads*attempts; sent >= without/2 {
		t.Errorf("the fake got %d reads; failing fast, the provider must send fewer than %d (%d without)", sent, without/2, without)
	}
	if t.Failed() {
		t.Logf("the outage fake's log:\n%s", tg.Fake.Log())
	}
}

// The same plan shows both kinds of error: the reads that gave up after their retries, with
// status, attempts and request ID, and the reads that were not sent.
func TestAccClientSessionDataSource_outageShowsTheFirstFailureAndTheFailFast(t *testing.T) {
	t.Parallel()
	acctest.Seam(t).RequireFake(t)
	tg := acctest.PrivateFake(t)
	if err := tg.Fake.SimulateOutage(t.Context(), fakeseam.SeedWorkspace, "/client_sessions/get"); err != nil {
		t.Fatal(err)
	}
	for _, want := range [][]string{
		{"Seam API error", "HTTP 503 (Service Unavailable)", "request ID request", "after 2 attempts"},
		{"Seam API unavailable", "stopped calling Seam for a while after", "of its last", "requests failed", "the first of them: Seam API returned HTTP 503"},
	} {
		tg.Run(t, resource.TestCase{
			Steps: []resource.TestStep{{
				Config:      lookups(tg.ProviderBlock("max_retries = 1"), 20),
				ExpectError: acctest.ErrorMatching(want...),
			}},
		})
	}
}

// Rate limits are not outages: reads that fail with 429 never make the provider stop
// calling Seam, and the reads after them are sent and succeed.
func TestAccClientSessionDataSource_rateLimitsNeverStopTheProvider(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	session := tg.CreateClientSession(t, map[string]any{"user_identifier_key": acctest.UniqueKey(t)})
	limited := standin.Fault{Status: 429, Body: `{"error":{"type":"rate_limited","message":"Too many requests"},"ok":false}`, RetryAfter: "0"}
	srv.FailNext("/client_sessions/get", limited, limited, limited)
	config := tg.ProviderBlock("max_retries = 0") + fmt.Sprintf(`
data "seam_client_session" "test" {
  for_each          = toset([for i in range(6) : tostring(i)])
  client_session_id = %q
}
`, rawID(session))
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{{Config: config, ExpectError: acctest.ErrorMatching("HTTP 429 rate_limited: Too many requests")}},
	})
	if sent := tg.Requests("/client_sessions/get"); sent != 6 {
		t.Errorf("the stand-in got %d reads, want all 6: the 3 rate-limited ones and the 3 after them", sent)
	}
}
