package acctest

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// seamEnv lists every variable the provider reads; tests start without them, so a
// developer's own credentials never leak into a test.
var seamEnv = []string{
	"SEAM_API_KEY", "SEAM_PERSONAL_ACCESS_TOKEN", "SEAM_WORKSPACE_ID", "SEAM_CLIENT_SESSION_TOKEN",
	"SEAM_ENDPOINT", "SEAM_API_URL", "SEAM_MAX_RETRIES", "SEAM_REQUEST_TIMEOUT",
}

// upstream is the Seam of the process's acceptance tests: Seam's fake, started by the first
// test that needs it, or a real workspace's endpoint and key (SEAM_ACCEPTANCE=real).
var upstream struct {
	once     sync.Once
	err      error
	realRun  bool
	fake     *fakeseam.Server
	endpoint string
	apiKey   string
}

// Main runs a test package's tests, then stops Seam's fake if a test started it; call it
// from TestMain. It starts nothing itself: unit tests need neither Terraform nor Node.
func Main(m *testing.M) int {
	upstream.realRun = os.Getenv("SEAM_ACCEPTANCE") == "real"
	upstream.apiKey, upstream.endpoint = os.Getenv("SEAM_API_KEY"), os.Getenv("SEAM_ENDPOINT")
	for _, name := range seamEnv {
		_ = os.Unsetenv(name)
	}
	code := m.Run()
	if upstream.fake != nil {
		if code != 0 {
			fmt.Fprintf(os.Stderr, "acctest: tests failed; the fake server's log:\n%s\n", tail(upstream.fake.Log(), 100))
		}
		upstream.fake.Stop()
	}
	return code
}

// PreCheck skips an acceptance test unless TF_ACC is set, as terraform-plugin-testing does,
// and fails it when the Terraform CLI is missing.
func PreCheck(t *testing.T) {
	t.Helper()
	if os.Getenv("TF_ACC") == "" {
		t.Skip("acceptance test: runs through the Terraform CLI and Seam's fake when TF_ACC is set (make test sets it)")
	}
	if err := RequireTerraform(); err != nil {
		t.Fatal(err)
	}
}

// startUpstream starts the process's Seam once, for the first acceptance test that needs it.
func startUpstream(t *testing.T) {
	t.Helper()
	PreCheck(t)
	upstream.once.Do(func() {
		if upstream.realRun {
			if upstream.apiKey == "" {
				upstream.err = fmt.Errorf("SEAM_ACCEPTANCE=real needs SEAM_API_KEY, the API key of a Seam sandbox workspace")
				return
			}
			if upstream.endpoint == "" {
				upstream.endpoint = seam.DefaultEndpoint
			}
			fmt.Fprintf(os.Stderr, "acctest: running against the real Seam API at %s\n", upstream.endpoint)
			return
		}
		fake, err := fakeseam.Start(context.Background())
		if err != nil {
			upstream.err = err
			return
		}
		upstream.fake, upstream.endpoint, upstream.apiKey = fake, fake.URL, fakeseam.SeedAPIKey
		fmt.Fprintf(os.Stderr, "acctest: running against Seam's fake server (@seamapi/fake-seam-connect) at %s\n", fake.URL)
	})
	if upstream.err != nil {
		t.Fatal("acctest:", upstream.err)
	}
}

// SharedFake is the process's Seam fake, for tests that drive it without Terraform (the
// stand-in's own tests); like every acceptance test, they run when TF_ACC is set.
func SharedFake(t *testing.T) *fakeseam.Server {
	t.Helper()
	startUpstream(t)
	if upstream.fake == nil {
		t.Skip("needs Seam's fake server; this run targets a real workspace")
	}
	return upstream.fake
}
