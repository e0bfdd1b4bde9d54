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
	"github.com/seamapi/terraform-provider-seam/internal/standin"
)

// Target is the Seam that one test runs against: Seam's fake server by default, or a real
// workspace when SEAM_ACCEPTANCE=real (make testacc); FullAPI gives the stand-in instead of
// the fake. Its Endpoint checks every request and response against Seam's OpenAPI.
type Target struct {
	Endpoint string
	APIKey   string
	// Fake is Seam's fake, shared by the package's tests; nil against a real workspace.
	Fake *fakeseam.Server
	// StandIn is set for FullAPI targets of hermetic runs.
	StandIn *standin.Server
	// proxy checks the traffic of Seam and Seam's fake; the stand-in checks its own.
	proxy *contractProxy
}

// upstream is what Main started: the fake, or a real workspace's endpoint and key.
var upstream struct {
	fake     *fakeseam.Server
	endpoint string
	apiKey   string
}

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
		upstream.endpoint, upstream.apiKey = endpoint, apiKey
		if upstream.endpoint == "" {
			upstream.endpoint = seam.DefaultEndpoint
		}
		fmt.Fprintf(os.Stderr, "acctest: running against the real Seam API at %s\n", upstream.endpoint)
		return m.Run()
	}
	fake, err := fakeseam.Start(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, "acctest:", err)
		return 1
	}
	defer fake.Stop()
	upstream.fake, upstream.endpoint, upstream.apiKey = fake, fake.URL, fakeseam.SeedAPIKey
	fmt.Fprintf(os.Stderr, "acctest: running against Seam's fake server (@seamapi/fake-seam-connect) at %s\n", fake.URL)
	code := m.Run()
	if code != 0 {
		fmt.Fprintf(os.Stderr, "acctest: tests failed; the fake server's log:\n%s\n", tail(fake.Log(), 100))
	}
	return code
}

// Seam is the target of one test: Seam's fake (or a real workspace) behind a proxy that
// checks the traffic against Seam's OpenAPI. TestMain must have called Main.
func Seam(t *testing.T) *Target {
	t.Helper()
	if upstream.endpoint == "" {
		t.Fatal("acctest.Main was not called: add func TestMain(m *testing.M) { os.Exit(acctest.Main(m)) }")
	}
	proxy := startContractProxy(t, upstream.endpoint)
	return &Target{Endpoint: proxy.url, APIKey: upstream.apiKey, Fake: upstream.fake, proxy: proxy}
}

// PrivateFake is a target on a fake of the test's own, for faults that must not reach the
// tests running beside it; its traffic is checked and counted like any target's.
func PrivateFake(t *testing.T) *Target {
	t.Helper()
	fake, err := fakeseam.Start(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fake.Stop)
	proxy := startContractProxy(t, fake.URL)
	return &Target{Endpoint: proxy.url, APIKey: fakeseam.SeedAPIKey, Fake: fake, proxy: proxy}
}

// FullAPI is a target that serves every client-session route: the stand-in, with the
// fake's keys and workspaces, or a real workspace.
func FullAPI(t *testing.T) *Target {
	t.Helper()
	if upstream.fake == nil {
		return Seam(t)
	}
	srv := standin.Start(t, upstream.fake.URL)
	return &Target{Endpoint: srv.URL, APIKey: upstream.apiKey, Fake: upstream.fake, StandIn: srv}
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

// RequireStandIn skips a test that sets up states or faults only the stand-in can make
// when the run targets a real workspace.
func (tg *Target) RequireStandIn(t *testing.T) *standin.Server {
	t.Helper()
	if tg.StandIn == nil {
		t.Skip("needs the stand-in (a state or fault the real API cannot be made to show); this run targets a real workspace")
	}
	return tg.StandIn
}

// Requests counts the requests to path that reached the target during the test.
func (tg *Target) Requests(path string) int {
	if tg.StandIn != nil {
		n := 0
		for _, r := range tg.StandIn.Requests() {
			if r.Path == path {
				n++
			}
		}
		return n
	}
	return tg.proxy.requests(path)
}

// BinaryProviderBlock is ProviderBlock with the required_providers a configuration needs when
// it runs the real binary through dev_overrides (BuildProvider), not the test's own server.
func (tg *Target) BinaryProviderBlock() string {
	return "terraform {\n  required_providers {\n    seam = { source = \"seamapi/seam\" }\n  }\n}\n" + tg.ProviderBlock()
}

// ProviderBlock is a provider block for the target with the API key and extra lines.
func (tg *Target) ProviderBlock(extra ...string) string {
	return fmt.Sprintf("provider \"seam\" {\n  endpoint = %q\n  api_key  = %q\n  %s\n}\n",
		tg.Endpoint, tg.APIKey, strings.Join(extra, "\n  "))
}

// CreateClientSession creates a session from body with the target's API key and returns
// Seam's raw JSON for it, the truth that the provider's attributes are checked against. On
// a real workspace it deletes the session when the test ends.
func (tg *Target) CreateClientSession(t *testing.T, body map[string]any) map[string]any {
	t.Helper()
	session := tg.call(t, "/client_sessions/create", body)
	if tg.Fake == nil {
		t.Cleanup(func() {
			_ = fakeseam.Call(context.Background(), "POST", tg.Endpoint+"/client_sessions/delete", tg.APIKey,
				map[string]any{"client_session_id": session["client_session_id"]}, nil)
		})
	}
	return session
}

// GetClientSession reads a session with the target's API key: Seam's raw JSON for it.
func (tg *Target) GetClientSession(t *testing.T, clientSessionID string) map[string]any {
	t.Helper()
	return tg.call(t, "/client_sessions/get", map[string]any{"client_session_id": clientSessionID})
}

// ListClientSessions lists sessions with the target's API key: Seam's raw JSON, in Seam's order.
func (tg *Target) ListClientSessions(t *testing.T, filter map[string]any) []map[string]any {
	t.Helper()
	var out struct {
		ClientSessions []map[string]any `json:"client_sessions"`
	}
	if err := fakeseam.Call(context.Background(), "POST", tg.Endpoint+"/client_sessions/list", tg.APIKey, filter, &out); err != nil {
		t.Fatalf("/client_sessions/list: %v", err)
	}
	return out.ClientSessions
}

func (tg *Target) call(t *testing.T, path string, body map[string]any) map[string]any {
	t.Helper()
	var out struct {
		ClientSession map[string]any `json:"client_session"`
	}
	if err := fakeseam.Call(context.Background(), "POST", tg.Endpoint+path, tg.APIKey, body, &out); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if out.ClientSession == nil {
		t.Fatalf("%s answered no client_session", path)
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
