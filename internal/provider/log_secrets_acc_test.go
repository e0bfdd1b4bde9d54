package provider_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// TestProvider_traceLogHoldsNoSecret runs the real binary as a user would, with
// TF_LOG=TRACE captured to a file, authenticating with each kind of credential and
// reading a session whose token is output (as sensitive), and a webhook with its signing
// secret; no secret may be in the log.
func TestAccProvider_traceLogHoldsNoSecret(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	tg.RequireFake(t)
	session := tg.CreateClientSession(t, map[string]any{"user_identifier_key": acctest.UniqueKey(t)})
	hook := tg.Object(t, "/webhooks/create", map[string]any{"url": "https://logs.example.com/events"}, "webhook")
	cliConfig := acctest.BuildProvider(t)

	config := fmt.Sprintf(`
terraform {
  required_providers {
    seam = { source = "seamapi/seam" }
  }
}
provider "seam" {
  endpoint = %[1]q
  api_key  = %[2]q
}
provider "seam" {
  alias                 = "pat"
  endpoint              = %[1]q
  personal_access_token = %[3]q
  workspace_id          = %[4]q
}
provider "seam" {
  alias                = "cst"
  endpoint             = %[1]q
  client_session_token = %[5]q
}
data "seam_client_session" "by_api_key" {
  client_session_id = %[6]q
}
data "seam_client_session" "by_pat" {
  provider            = seam.pat
  user_identifier_key = data.seam_client_session.by_api_key.user_identifier_key
}
data "seam_client_session" "by_cst" {
  provider = seam.cst
}
output "token" {
  value     = data.seam_client_session.by_pat.token
  sensitive = true
}
data "seam_webhook" "ops" {
  webhook_id = %[7]q
}
output "webhook_secret" {
  value     = data.seam_webhook.ops.secret
  sensitive = true
}
`, tg.Endpoint, fakeseam.SeedAPIKey, fakeseam.SeedPAT, fakeseam.SeedWorkspace, fakeseam.SeedCST, acctest.RawString(session, "client_session_id"),
		acctest.RawString(hook, "webhook_id"))
	logPath := filepath.Join(t.TempDir(), "trace.log")
	acctest.ApplyWithBinary(t, cliConfig, config, "TF_LOG=TRACE", "TF_LOG_PATH="+logPath)
	raw, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatal(err)
	}
	log := string(raw)

	// The log must be the real thing: the provider's own entries, at TRACE.
	for _, want := range []string{"[TRACE]", "Seam API request", "request_id=", "@module=seam.http", "Configured the Seam client",
		// Masks must not hide what is no secret.
		"tf_data_source_type=seam_client_session"} {
		if !strings.Contains(log, want) {
			t.Fatalf("the captured log lacks %q; it is not the log this test means to check", want)
		}
	}
	secrets := map[string]string{
		"API key":               fakeseam.SeedAPIKey,
		"personal access token": fakeseam.SeedPAT,
		"client session token":  fakeseam.SeedCST,
		"session's token":       acctest.RawString(session, "token"),
		"webhook's secret":      acctest.RawString(hook, "secret"),
	}
	if secrets["webhook's secret"] == "" {
		t.Fatal("Seam's fake gave the webhook no secret to look for")
	}
	for name, secret := range secrets {
		if i := strings.Index(log, secret); i >= 0 {
			start, end := max(0, i-200), min(len(log), i+len(secret)+50)
			t.Errorf("the TRACE log holds the %s, here:\n%s", name, strings.ReplaceAll(log[start:end], secret, "<"+name+">"))
		}
	}
}
