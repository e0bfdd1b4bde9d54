package clientsession_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// These workflows need the CLI itself: a plan saved to a file and applied later, and an
// interrupt (Ctrl-C) in the middle of an apply.

// A saved plan holds when the session comes due between the plan and its apply: the
// renewal decision is the plan's, made when the state was refreshed.
func TestAccClientSessionResource_aSavedPlanHoldsWhenTheSessionComesDue(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	cliConfig := acctest.BuildProvider(t)
	key := acctest.UniqueKey(t)
	config := func(accounts string) string {
		return tg.BinaryProviderBlock() + fmt.Sprintf("resource \"seam_client_session\" \"kiosk\" {\n  user_identifier_key = %q\n"+
			"  connected_account_ids = %s\n  renew_before = \"720h\"\n}\n", key, accounts)
	}
	dir := acctest.WriteConfig(t, config(`["ca_front_door"]`))
	run := acctest.TerraformIn(t, cliConfig, dir)
	run("apply", "-auto-approve")
	session := srv.Sessions(fakeseam.SeedWorkspace)[0]
	// Due in a few seconds: expires just past now + renew_before.
	dueAt := time.Now().Add(8 * time.Second)
	srv.Update(session.ClientSessionID, func(s *standin.Session) { s.ExpiresAt = dueAt.Add(720 * time.Hour) })

	acctest.WriteMain(t, dir, config(`["ca_front_door", "ca_back_door"]`))
	planned := run("plan", "-out=tfplan")
	acctest.ExpectInOrder(t, "the saved plan", planned, "seam_client_session.kiosk will be updated in-place", `+ "ca_back_door"`, "Plan: 0 to add, 1 to change, 0 to destroy")
	time.Sleep(time.Until(dueAt) + time.Second)
	applied := run("apply", "tfplan")
	acctest.ExpectInOrder(t, "the saved plan's apply, once the session is due", applied, "Apply complete! Resources: 0 added, 1 changed, 0 destroyed")
	if n := len(requestsTo(srv, "/client_sessions/grant_access")); n != 1 {
		t.Errorf("%d grants, want the saved plan's 1", n)
	}
	acctest.ExpectInOrder(t, "the next plan, which refreshes", run("plan"),
		"seam_client_session.kiosk must be replaced", "expires_at", "# forces replacement", "Plan: 1 to add, 0 to change, 1 to destroy",
		"Client session due for renewal")
}

// Ctrl-C while Seam makes the session: the answer is lost, not the session. The provider
// finds it and adopts it, under the same proof as after a 5xx: with a key, the session under
// it that holds what was asked for; without one, the one new session that does.
func TestAccClientSessionResource_anInterruptedCreateIsALostAnswer(t *testing.T) {
	t.Parallel()
	cliConfig := acctest.BuildProvider(t)
	for _, withKey := range []bool{true, false} {
		t.Run(fmt.Sprintf("with a key %v", withKey), func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			srv := tg.RequireStandIn(t)
			body := `  connected_account_ids = ["ca_1"]`
			if withKey {
				body += fmt.Sprintf("\n  user_identifier_key = %q", acctest.UniqueKey(t))
			}
			dir := acctest.WriteConfig(t, tg.BinaryProviderBlock()+"resource \"seam_client_session\" \"test\" {\n"+body+"\n}\n")
			cmd := exec.CommandContext(t.Context(), os.Getenv("TF_ACC_TERRAFORM_PATH"), "-chdir="+dir, "apply", "-auto-approve", "-no-color", "-input=false")
			cmd.Env = append(os.Environ(), "TF_CLI_CONFIG_FILE="+cliConfig)
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			// Seam makes the session, and the user presses Ctrl-C before its answer arrives.
			srv.FailNext("/client_sessions/create", standin.Fault{Status: 200, AfterHandling: true, Delay: time.Minute,
				Meanwhile: func() { _ = cmd.Process.Signal(os.Interrupt) }})
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			_ = cmd.Wait()
			acctest.ExpectInOrder(t, "the interrupted apply", out.String(), "Adopted the client session this create made",
				"cancelled after 1 attempt, before Seam answered")
			again, err := acctest.Terraform(t, cliConfig, dir, "plan", "-detailed-exitcode")
			if err != nil {
				t.Errorf("the next plan is not empty (%v):\n%s", err, again)
			}
			if n := len(requestsTo(srv, "/client_sessions/create")); n != 1 {
				t.Errorf("%d creates, want 1", n)
			}
			if n := len(srv.Sessions(fakeseam.SeedWorkspace)); n != 1 {
				t.Errorf("the workspace holds %d sessions, want the 1 Seam made", n)
			}
			if _, err := acctest.Terraform(t, cliConfig, dir, "destroy", "-auto-approve"); err != nil {
				t.Errorf("destroy: %v", err)
			}
		})
	}
}
