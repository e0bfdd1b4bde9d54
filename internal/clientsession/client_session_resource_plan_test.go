package clientsession_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// What a user reads, through the real binary: the plan says which changes update in place
// and which replace, and why; the token never shows in plain text.
func TestAccClientSessionResource_planOutputSaysWhatEachChangeDoes(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	cliConfig := acctest.BuildProvider(t)
	key := acctest.UniqueKey(t)
	config := func(accounts, extra string) string {
		return tg.BinaryProviderBlock() + fmt.Sprintf(`
resource "seam_client_session" "kiosk" {
  user_identifier_key   = %q
  connected_account_ids = %s
  %s
}
output "token" {
  value     = seam_client_session.kiosk.token
  sensitive = true
}
`, key, accounts, extra)
	}
	dir := acctest.WriteConfig(t, config(`["ca_front_door"]`, ""))
	run := acctest.TerraformIn(t, cliConfig, dir)

	applied := run("apply", "-auto-approve")
	sessions := srv.Sessions(fakeseam.SeedWorkspace)
	if len(sessions) != 1 {
		t.Fatalf("the stand-in holds %d sessions after the apply", len(sessions))
	}
	token := sessions[0].Token
	acctest.ExpectInOrder(t, "the create", applied, "token", "(sensitive value)", "Apply complete! Resources: 1 added")

	acctest.WriteMain(t, dir, config(`["ca_front_door", "ca_back_door"]`, ""))
	acctest.ExpectInOrder(t, "a plan that adds an account", run("plan"),
		"seam_client_session.kiosk will be updated in-place", `+ "ca_back_door"`, "Plan: 0 to add, 1 to change, 0 to destroy")

	acctest.WriteMain(t, dir, config(`[]`, ""))
	acctest.ExpectInOrder(t, "a plan that removes an account", run("plan"),
		"seam_client_session.kiosk must be replaced", "connected_account_ids", "# forces replacement", "Plan: 1 to add, 0 to change, 1 to destroy")

	acctest.WriteMain(t, dir, config(`["ca_front_door"]`, `renew_before = "9000h"`))
	acctest.ExpectInOrder(t, "a renew_before longer than the session lives", run("plan"),
		"renew_before is not shorter than the session's lifetime", "every plan replaces it")

	srv.Update(sessions[0].ClientSessionID, func(s *standin.Session) { s.ExpiresAt = time.Now().Add(24 * time.Hour) })
	acctest.WriteMain(t, dir, config(`["ca_front_door"]`, `renew_before = "720h"`))
	acctest.ExpectInOrder(t, "a plan within renew_before", run("plan"),
		"seam_client_session.kiosk must be replaced", "expires_at", "# forces replacement", "Client session due for renewal",
		`expires within renew_before ("720h")`)

	for _, out := range []string{applied, run("plan"), run("output")} {
		if strings.Contains(out, token) {
			t.Errorf("the token shows in plain text:\n%s", out)
		}
	}
}
