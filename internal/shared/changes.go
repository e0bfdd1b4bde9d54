package shared

import (
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// What an update sends: only the arguments whose planned value differs from the state's, so
// that an update never resends a value Seam would now refuse (an ended grant's ends_at) or
// one that selects rather than sets.

// StringChange is the change of name from state to plan: none when they are equal, null when
// the plan clears it.
func StringChange(plan, state Attrs, name string) seam.Change[string] {
	if plan[name].Equal(state[name]) {
		return seam.Change[string]{}
	}
	return seam.SetOrClear(plan.StringPointer(name))
}

// TimeChange is the change of the time name from state to plan, at Seam's precision: the same
// instant written another way is none.
func TimeChange(plan, state Attrs, name string) seam.Change[time.Time] {
	if instant.NewString(plan.String(name)).SameInstant(instant.NewString(state.String(name))) || !plan.Known(name) && !state.Known(name) {
		return seam.Change[time.Time]{}
	}
	if t, ok := plan.Time(name); ok {
		return seam.Set(t)
	}
	return seam.Clear[time.Time]()
}

// StringsChange is the change of a set of strings from state to plan, which the update
// replaces whole.
func StringsChange(plan, state Attrs, name string) seam.Change[[]string] {
	if plan[name].Equal(state[name]) || plan.Unknown(name) {
		return seam.Change[[]string]{}
	}
	values := plan.Strings(name)
	if values == nil {
		values = []string{}
	}
	return seam.Set(values)
}

// Float64Change is the change of a number from state to plan: none when they are equal, or
// when the plan leaves it to Seam (unknown).
func Float64Change(plan, state Attrs, name string) seam.Change[float64] {
	if plan[name].Equal(state[name]) || plan.Unknown(name) {
		return seam.Change[float64]{}
	}
	return seam.SetOrClear(plan.Float64(name))
}

// BoolChange is the change of a boolean from state to plan: none when they are equal, or
// when the plan leaves it to Seam (unknown).
func BoolChange(plan, state Attrs, name string) seam.Change[bool] {
	if plan[name].Equal(state[name]) || plan.Unknown(name) {
		return seam.Change[bool]{}
	}
	return seam.SetOrClear(plan.Bool(name))
}
