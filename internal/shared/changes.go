package shared

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// What an update sends: only the arguments whose planned value differs from the state's, so
// that an update never resends a value Seam would now refuse (an ended grant's ends_at) or
// one that selects rather than sets.

// StringChange is the change from state to plan: none when they are equal, null when the
// plan clears it.
func StringChange(plan, state types.String) seam.Change[string] {
	if plan.Equal(state) {
		return seam.Change[string]{}
	}
	return seam.SetOrClear(plan.ValueStringPointer())
}

// TimeChange is the change from state to plan of a time argument, at Seam's precision: the
// same instant written another way is none.
func TimeChange(plan, state instant.Value) seam.Change[time.Time] {
	if plan.SameInstant(state) || plan.IsNull() && state.IsNull() {
		return seam.Change[time.Time]{}
	}
	if t, ok := plan.Time(); ok {
		return seam.Set(t)
	}
	return seam.Clear[time.Time]()
}

// StringsChange is the change from state to plan of a set of strings, which the update
// replaces whole.
func StringsChange(ctx context.Context, plan, state types.Set) (seam.Change[[]string], diag.Diagnostics) {
	if plan.Equal(state) || plan.IsUnknown() {
		return seam.Change[[]string]{}, nil
	}
	values, diags := KnownStrings(ctx, plan)
	if values == nil {
		values = []string{}
	}
	return seam.Set(values), diags
}
