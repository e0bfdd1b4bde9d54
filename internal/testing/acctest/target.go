// Package acctest holds what the provider's acceptance tests share: the Seam they run
// against (Seam's fake server, or a real workspace on request), provider factories and
// the Terraform CLI check.
package acctest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-testing/echoprovider"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/seamapi/terraform-provider-seam/internal/provider"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
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

// Seam is the target of one acceptance test: Seam's fake (or a real workspace) behind a
// proxy that checks the traffic against Seam's OpenAPI. Without TF_ACC the test is skipped.
func Seam(t *testing.T) *Target {
	t.Helper()
	startUpstream(t)
	var gaps []fakeGap
	if upstream.fake != nil {
		gaps = fakeGaps
	}
	proxy := startContractProxy(t, upstream.endpoint, gaps)
	return &Target{Endpoint: proxy.url, APIKey: upstream.apiKey, Fake: upstream.fake, proxy: proxy}
}

// PrivateFake is a target on a fake of the test's own, for faults that must not reach the
// tests running beside it; its traffic is checked and counted like any target's.
func PrivateFake(t *testing.T) *Target {
	t.Helper()
	PreCheck(t)
	fake, err := fakeseam.Start(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fake.Stop)
	proxy := startContractProxy(t, fake.URL, fakeGaps)
	return &Target{Endpoint: proxy.url, APIKey: fakeseam.SeedAPIKey, Fake: fake, proxy: proxy}
}

// FullAPI is a target that serves every client-session route: the stand-in, with the
// fake's keys and workspaces, or a real workspace.
func FullAPI(t *testing.T) *Target {
	t.Helper()
	startUpstream(t)
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

// Run runs tc as an acceptance test (TF_ACC), with the provider served in the test process.
func (tg *Target) Run(t *testing.T, tc resource.TestCase) {
	t.Helper()
	if tc.ProtoV6ProviderFactories == nil {
		tc.ProtoV6ProviderFactories = ProviderFactories()
	}
	resource.Test(t, tc)
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
