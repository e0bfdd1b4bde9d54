package shared

import (
	"fmt"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// KeepComputedWhenUnchanged undoes what the framework does to a plan whose configuration
// differs from the state in spelling only (the same instant with another offset): it marks
// every Computed attribute without a plan modifier unknown, and so plans an update. When the
// plan, with attrs back at the state's values, is the state, that is the plan: no change.
func KeepComputedWhenUnchanged(prior tfsdk.State, plan *tfsdk.Plan, attrs ...string) error {
	if prior.Raw.IsNull() || plan.Raw.IsNull() {
		return nil
	}
	candidate, err := tftypes.Transform(plan.Raw, func(p *tftypes.AttributePath, v tftypes.Value) (tftypes.Value, error) {
		steps := p.Steps()
		if len(steps) != 1 {
			return v, nil
		}
		if name, ok := steps[0].(tftypes.AttributeName); !ok || !slices.Contains(attrs, string(name)) {
			return v, nil
		}
		had, _, err := tftypes.WalkAttributePath(prior.Raw, p)
		if err != nil {
			return v, err
		}
		value, ok := had.(tftypes.Value)
		if !ok {
			return v, fmt.Errorf("the state's %s is a %T, not a value", p, had)
		}
		return value, nil
	})
	if err != nil {
		return err
	}
	if candidate.Equal(prior.Raw) {
		plan.Raw = candidate
	}
	return nil
}
