// Package acctest holds what the provider's acceptance tests share: the Seam they run
// against (Seam's fake server, or a real workspace on request), provider factories and
// the Terraform CLI check.
package acctest

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-testing/echoprovider"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/seamapi/terraform-provider-seam/internal/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/provider"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// Target is the Seam that the acceptance tests run against: Seam's fake server by
// default, or a real workspace when SEAM_ACCEPTANCE=real (make testacc).
type Target struct {
	Endpoint string
	APIKey   string
	// Fake is nil against a real workspace.
	Fake *fakeseam.Server
}

var current *Target

// seamEnv lists every variable the provider reads; tests start without them, so a
// developer's own credentials never leak into a test.
var seamEnv = []string{
	"SEAM_API_KEY", "SEAM_PERSONAL_ACCESS_TOKEN", "SEAM_WORKSPACE_ID", "SEAM_CLIENT_SESSION_TOKEN",
	"SEAM_ENDPOINT", "SEAM_API_URL", "SEAM_MAX_RETRIES", "SEAM_REQUEST_TIMEOUT",
}

// Main runs a test package against its target; call it from TestMain.
func Main(m *testing.M) int {
	realRun := os.Getenv("SEAM_ACCEPTANCE") == "real"
	apiKey, endpoint := os.Getenv("SEAM_API_KEY"), os.Getenv("SEAM_ENDPOINT")
	for _, name := range seamEnv {
		_ = os.Unsetenv(name)
	}
	if err := RequireTerraform(); err != nil {
		fmt.Fprintln(os.Stderr, "acctest:", err)
		return 1
	}
	if realRun {
		if apiKey == "" {
			fmt.Fprintln(os.Stderr, "acctest: SEAM_ACCEPTANCE=real needs SEAM_API_KEY, the API key of a Seam sandbox workspace")
			return 1
		}
		current = &Target{Endpoint: endpoint, APIKey: apiKey}
		if current.Endpoint == "" {
			current.Endpoint = seam.DefaultEndpoint
		}
		fmt.Fprintf(os.Stderr, "acctest: running against the real Seam API at %s\n", current.Endpoint)
		return m.Run()
	}
	fake, err := fakeseam.Start(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, "acctest:", err)
		return 1
	}
	defer fake.Stop()
	current = &Target{Endpoint: fake.URL, APIKey: fakeseam.SeedAPIKey, Fake: fake}
	fmt.Fprintf(os.Stderr, "acctest: running against Seam's fake server (@seamapi/fake-seam-connect) at %s\n", fake.URL)
	code := m.Run()
	if code != 0 {
		fmt.Fprintf(os.Stderr, "acctest: tests failed; the fake server's log:\n%s\n", tail(fake.Log(), 100))
	}
	return code
}

// Seam returns the package's target; TestMain must have called Main.
func Seam(t *testing.T) *Target {
	t.Helper()
	if current == nil {
		t.Fatal("acctest.Main was not called: add func TestMain(m *testing.M) { os.Exit(acctest.Main(m)) }")
	}
	return current
}

// RequireFake skips a test that needs the fake's seeded data or its fault simulation
// when the run targets a real workspace.
func (tg *Target) RequireFake(t *testing.T) *fakeseam.Server {
	t.Helper()
	if tg.Fake == nil {
		t.Skip("needs Seam's fake server (seeded credentials or simulated faults); this run targets a real workspace")
	}
	return tg.Fake
}

// ProviderBlock is a provider block for the target with the API key and extra lines.
func (tg *Target) ProviderBlock(extra ...string) string {
	return fmt.Sprintf("provider \"seam\" {\n  endpoint = %q\n  api_key  = %q\n  %s\n}\n",
		tg.Endpoint, tg.APIKey, strings.Join(extra, "\n  "))
}

// CreateClientSession makes a session for userIdentifierKey with the target's API key, and
// on a real workspace deletes it when the test ends.
func (tg *Target) CreateClientSession(t *testing.T, userIdentifierKey string) seam.ClientSession {
	t.Helper()
	var out struct {
		ClientSession seam.ClientSession `json:"client_session"`
	}
	err := fakeseam.Call(context.Background(), "POST", tg.Endpoint+"/client_sessions/create", tg.APIKey,
		map[string]string{"user_identifier_key": userIdentifierKey}, &out)
	if err != nil {
		t.Fatalf("creating a client session: %v", err)
	}
	if tg.Fake == nil {
		t.Cleanup(func() {
			_ = fakeseam.Call(context.Background(), "POST", tg.Endpoint+"/client_sessions/delete", tg.APIKey,
				map[string]string{"client_session_id": out.ClientSession.ClientSessionID}, nil)
		})
	}
	return out.ClientSession
}

// GetClientSession reads a session with the target's API key, through the tests' own
// HTTP helper, as the truth the provider's attributes are checked against.
func (tg *Target) GetClientSession(t *testing.T, clientSessionID string) seam.ClientSession {
	t.Helper()
	var out struct {
		ClientSession seam.ClientSession `json:"client_session"`
	}
	err := fakeseam.Call(context.Background(), "POST", tg.Endpoint+"/client_sessions/get", tg.APIKey,
		map[string]string{"client_session_id": clientSessionID}, &out)
	if err != nil {
		t.Fatalf("reading client session %s: %v", clientSessionID, err)
	}
	return out.ClientSession
}

// Run runs tc as a unit test against the fake, which needs no TF_ACC, and as an
// acceptance test against a real workspace, which does.
func (tg *Target) Run(t *testing.T, tc resource.TestCase) {
	t.Helper()
	if tc.ProtoV6ProviderFactories == nil {
		tc.ProtoV6ProviderFactories = ProviderFactories()
	}
	if tg.Fake == nil {
		resource.Test(t, tc)
		return
	}
	resource.UnitTest(t, tc)
}

// ProviderFactories serves the provider, and terraform-plugin-testing's echo provider for
// the ephemeral resource's tests, in the test process.
func ProviderFactories() map[string]func() (tfprotov6.ProviderServer, error) {
	return map[string]func() (tfprotov6.ProviderServer, error){
		"seam": providerserver.NewProtocol6WithError(provider.New("test")()),
		"echo": echoprovider.NewProviderServer(),
	}
}

func tail(s string, lines int) string {
	parts := strings.Split(s, "\n")
	if len(parts) > lines {
		parts = parts[len(parts)-lines:]
	}
	return strings.Join(parts, "\n")
}
