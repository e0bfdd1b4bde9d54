package provider_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// examples/access, as a team applies it with the real CLI and binary: a user identity, a space
// holding the two locks data.seam_devices finds, a grant with a PIN code and a mobile key for
// next week; then its end moved (in place), then destroy. Seam holds what the state says, the
// plans say what they do, and no PIN, token or key URL is printed.
func TestAccAccessStory_aWeeksAccessDeclaredChangedInPlaceAndDestroyed(t *testing.T) {
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	root, err := fakeseam.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	story, err := os.ReadFile(filepath.Join(root, "examples", "access", "main.tf"))
	if err != nil {
		t.Fatal(err)
	}
	cliConfig := acctest.BuildProvider(t)
	dir := acctest.WriteConfig(t, string(story))
	env := []string{"SEAM_ENDPOINT=" + tg.Endpoint, "SEAM_API_KEY=" + tg.APIKey}
	week := time.Now().UTC().Add(7 * 24 * time.Hour).Truncate(time.Hour)
	person := host(acctest.UniqueKey(t)[:40])
	vars := func(ends time.Duration) []string {
		return []string{"-var=person_key=" + person, "-var=starts_at=" + week.Format(time.RFC3339),
			"-var=ends_at=" + week.Add(ends).Format(time.RFC3339)}
	}
	terraform := func(args ...string) string {
		t.Helper()
		out, err := acctest.TerraformEnv(t, cliConfig, dir, env, args...)
		if err != nil {
			t.Fatalf("terraform %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return out
	}
	var printed strings.Builder
	keep := func(out string) string { printed.WriteString(out); return out }

	out := keep(terraform(append([]string{"plan"}, vars(7*24*time.Hour)...)...))
	acctest.ExpectInOrder(t, "the first plan", out, "# seam_access_grant.crew will be created", "# seam_space.lobby will be created",
		"# seam_user_identity.crew will be created", "Plan: 3 to add, 0 to change, 0 to destroy.")
	out = keep(terraform(append([]string{"apply", "-auto-approve"}, vars(7*24*time.Hour)...)...))
	acctest.ExpectInOrder(t, "apply", out, "Apply complete! Resources: 3 added, 0 changed, 0 destroyed.")

	state := stateIDs(t, cliConfig, dir, env)
	grant := tg.Object(t, "/access_grants/get", map[string]any{"access_grant_id": state["access_grant"][0]}, "access_grant")
	var held []string
	for _, d := range tg.Objects(t, "/devices/list", map[string]any{"space_id": state["space"][0]}, "devices") {
		held = append(held, acctest.RawString(d, "device_id"))
	}
	var locks []string
	for _, d := range tg.Objects(t, "/devices/list", map[string]any{"device_type": "august_lock"}, "devices") {
		locks = append(locks, acctest.RawString(d, "device_id"))
	}
	slices.Sort(held)
	slices.Sort(locks)
	if len(locks) != 2 || !slices.Equal(held, locks) {
		t.Errorf("the space holds %v; Seam's August locks are %v", held, locks)
	}
	methods := tg.Objects(t, "/access_methods/list", map[string]any{"access_grant_id": acctest.RawString(grant, "access_grant_id")}, "access_methods")
	var pin string
	modes := map[string]bool{}
	for _, m := range methods {
		modes[acctest.RawString(m, "mode")] = m["is_issued"] == true
		if code := acctest.RawString(m, "code"); code != "" {
			pin = code
		}
	}
	if !modes["code"] || !modes["mobile_key"] || pin == "" {
		t.Errorf("Seam's access methods are %v: want an issued PIN code and mobile key", methods)
	}
	if got := strings.TrimSpace(terraform("output", "-raw", "pin_code")); got != pin {
		t.Errorf("output pin_code is %q, Seam's PIN %q", got, pin)
	}

	out = keep(terraform(append([]string{"plan", "-detailed-exitcode"}, vars(7*24*time.Hour)...)...))
	acctest.ExpectInOrder(t, "the plan after apply", out, "No changes.")
	out = keep(terraform(append([]string{"apply", "-auto-approve"}, vars(10*24*time.Hour)...)...))
	acctest.ExpectInOrder(t, "moving the end", out, "# seam_access_grant.crew will be updated in-place",
		`~ ends_at`, "Plan: 0 to add, 1 to change, 0 to destroy.", "Apply complete! Resources: 0 added, 1 changed, 0 destroyed.")
	moved := tg.Object(t, "/access_grants/get", map[string]any{"access_grant_id": state["access_grant"][0]}, "access_grant")
	if err := acctest.SameInstant(week.Add(10 * 24 * time.Hour).Format(time.RFC3339)).CheckValue(moved["ends_at"]); err != nil {
		t.Errorf("Seam's grant after the change: %v", err)
	}
	keep(terraform("show"))
	// A PIN is searched for as a value ("482913"), not as digits that an ID may hold by chance.
	secrets := append([]string{`"` + pin + `"`}, srv.AccessSecrets()...)
	out = keep(terraform(append([]string{"destroy", "-auto-approve"}, vars(10*24*time.Hour)...)...))
	acctest.ExpectInOrder(t, "destroy", out, "Destroy complete! Resources: 3 destroyed.")

	left := srv.Inventory(fakeseam.SeedWorkspace)
	if n := len(left["access_grant"]) + len(left["space"]) + len(left["user_identity"]); n != 0 {
		t.Errorf("Seam holds %v after destroy", left)
	}
	for i, secret := range secrets {
		if strings.Contains(printed.String(), secret) {
			t.Errorf("credential %d of the grant (a PIN, a token or a key URL) is in the CLI's output", i+1)
		}
	}
}
