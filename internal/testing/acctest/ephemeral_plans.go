package acctest

import (
	"context"
	"fmt"
	"slices"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
)

// EphemeralStep is step with the plan after its apply held to "no change": OpenTofu 1.11 lists
// each ephemeral resource in a plan's resource changes with the action "open", which
// terraform-plugin-testing counts as a change, so on OpenTofu the harness is told to expect
// one and this check asks that every other resource change be a no-op. On Terraform, which
// lists none, the harness's own empty-plan check holds.
func EphemeralStep(step resource.TestStep) resource.TestStep {
	if !OpenTofu() {
		return step
	}
	step.ExpectNonEmptyPlan = true
	step.ConfigPlanChecks.PostApplyPostRefresh = append(step.ConfigPlanChecks.PostApplyPostRefresh, nothingButOpens{})
	return step
}

type nothingButOpens struct{}

func (nothingButOpens) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	for _, rc := range req.Plan.ResourceChanges {
		if rc.Mode == "ephemeral" && slices.Equal([]string{"open"}, actions(rc.Change.Actions)) {
			continue
		}
		if !rc.Change.Actions.NoOp() {
			resp.Error = fmt.Errorf("the plan after apply changes %s (%v): it should be empty but for ephemeral resources opened", rc.Address,
				rc.Change.Actions)
			return
		}
	}
}

func actions[A ~string](list []A) []string {
	out := make([]string, len(list))
	for i, a := range list {
		out[i] = string(a)
	}
	return out
}
