package provider_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tfjson "github.com/hashicorp/terraform-json"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// maxTries bounds the applies (and destroys) a seed may take to converge.
const maxTries = 12

// The story for three tenants (an identity, a webview, a session with a key and a webhook
// each) applied through a proxy that loses the answer to one write in six and refuses one in
// six: applying again until it succeeds converges, Seam then holds exactly the state's 12
// objects (no duplicate, no orphan), the next plan is empty, and a destroy through the same
// proxy, repeated until it succeeds, leaves nothing at Seam. No run ends in "Provider
// produced inconsistent …". Fixed seeds, so that a failure can be run again.
func TestAccConvergence_theStoryOfThreeTenantsConvergesThroughALossyProxy(t *testing.T) {
	cliConfig := acctest.BuildProvider(t)
	story, err := os.ReadFile(filepath.Join("testdata", "three_tenants.tf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, seed := range []uint64{1, 2, 3, 4, 5} {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			t.Parallel()
			tg := acctest.FullAPI(t)
			srv := tg.RequireStandIn(t)
			proxy := acctest.StartLossyProxy(t, tg.Endpoint, seed, 6, 6)
			dir := acctest.WriteConfig(t, string(story))
			env := []string{"SEAM_ENDPOINT=" + proxy.URL, "SEAM_API_KEY=" + tg.APIKey, "TF_VAR_run=" + host(acctest.UniqueKey(t))}
			applies := untilItSucceeds(t, cliConfig, dir, env, "apply")

			state := stateIDs(t, cliConfig, dir, env)
			inventory := srv.Inventory(fakeseam.SeedWorkspace)
			for kind, ids := range inventory {
				if !slices.Equal(ids, state[kind]) {
					t.Errorf("Seam holds %ss %v; the state %v", kind, ids, state[kind])
				}
			}
			if n := inventory.Total(); n != 12 {
				t.Errorf("Seam holds %d objects after the apply converged, want 12: %v", n, inventory)
			}
			if out, err := acctest.TerraformEnv(t, cliConfig, dir, env, "plan", "-detailed-exitcode"); err != nil {
				t.Errorf("the plan after convergence is not empty (%v):\n%s", err, out)
			}
			afterApply := proxy.Counts()

			destroys := untilItSucceeds(t, cliConfig, dir, env, "destroy")
			left := srv.Inventory(fakeseam.SeedWorkspace)
			if left.Total() != 0 {
				t.Errorf("Seam holds %v after the destroy converged, want nothing", left)
			}
			all := proxy.Counts()
			t.Logf("seed %d: apply converged in %d runs (%d writes: %d answers lost, %d refused); Seam held %d objects, the state %d; "+
				"destroy converged in %d runs (%d writes: %d lost, %d refused); Seam then held %d",
				seed, applies, afterApply.Writes, afterApply.Lost, afterApply.Refused, inventory.Total(), state.total(), destroys,
				all.Writes-afterApply.Writes, all.Lost-afterApply.Lost, all.Refused-afterApply.Refused, left.Total())
		})
	}
}

// untilItSucceeds runs terraform command (apply or destroy) until it succeeds, at most
// maxTries times; no run may end in an inconsistent result. It returns the runs it took.
func untilItSucceeds(t *testing.T, cliConfig, dir string, env []string, command string) int {
	t.Helper()
	for try := 1; try <= maxTries; try++ {
		out, err := acctest.TerraformEnv(t, cliConfig, dir, env, command, "-auto-approve")
		if strings.Contains(out, "inconsistent") || strings.Contains(out, "Provider returned invalid") {
			t.Fatalf("%s %d ended in Terraform's inconsistency error:\n%s", command, try, out)
		}
		if err == nil {
			return try
		}
		t.Logf("%s %d failed, as the proxy made it:\n%s", command, try, errorsOf(out))
	}
	t.Fatalf("%s did not succeed in %d runs", command, maxTries)
	return 0
}

// errorsOf is the summary line of each error in Terraform's output.
func errorsOf(out string) string {
	var lines []string
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(strings.TrimLeft(line, "│ "), "Error: ") {
			lines = append(lines, strings.TrimLeft(line, "│ "))
		}
	}
	return strings.Join(lines, "\n")
}

// kindIDs are the Seam IDs of a state's resources, by the stand-in's kind of object.
type kindIDs map[string][]string

func (k kindIDs) total() int {
	n := 0
	for _, ids := range k {
		n += len(ids)
	}
	return n
}

// stateIDs reads the state with terraform show -json.
func stateIDs(t *testing.T, cliConfig, dir string, env []string) kindIDs {
	t.Helper()
	out, err := acctest.TerraformEnv(t, cliConfig, dir, env, "show", "-json")
	if err != nil {
		t.Fatalf("terraform show -json: %v\n%s", err, out)
	}
	var state tfjson.State
	if err := json.Unmarshal([]byte(out), &state); err != nil {
		t.Fatal(err)
	}
	ids := kindIDs{}
	for _, r := range state.Values.RootModule.Resources {
		kind := strings.TrimPrefix(r.Type, "seam_")
		id, _ := r.AttributeValues["id"].(string)
		ids[kind] = append(ids[kind], id)
	}
	for _, list := range ids {
		slices.Sort(list)
	}
	return ids
}
