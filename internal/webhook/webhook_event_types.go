package webhook

import (
	"slices"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// everyEvent is Seam's wildcard for every event type; Seam answers it with the list it stands for.
const everyEvent = "*"

// stateEventTypes are the event types a state holds for Seam's list got. They are ["*"]
// while got stands for every event, when Terraform asked for every event (had ["*"], or
// nothing: Seam's default, or an import), recorded being what "*" stood for when Terraform
// set it; otherwise Seam's list.
func stateEventTypes(had, recorded, got []string) []string {
	wantsEvery := had == nil || slices.Equal(had, []string{everyEvent})
	switch {
	case wantsEvery && coversEveryEvent(got, recorded):
		return []string{everyEvent}
	case got == nil:
		return []string{}
	}
	return got
}

// coversEveryEvent reports whether Seam's event types stand for "*": the wildcard itself, or
// every type that "*" stood for when Terraform set it (recorded), or, with nothing recorded
// (an import), every event type of Seam's API as the client knows it. Seam adds event types
// over time, so more is still every event; fewer is a list narrowed outside Terraform.
func coversEveryEvent(got, recorded []string) bool {
	if slices.Contains(got, everyEvent) {
		return true
	}
	if recorded == nil {
		recorded = seam.EventTypes
	}
	for _, e := range recorded {
		if !slices.Contains(got, e) {
			return false
		}
	}
	return true
}

// sameEventTypes: Seam's event types are what a create asked for (asked nil or ["*"]: every
// event, whatever list Seam answers it with).
func sameEventTypes(asked, got []string) bool {
	if asked == nil || slices.Equal(asked, []string{everyEvent}) {
		return true
	}
	a, g := slices.Sorted(slices.Values(asked)), slices.Sorted(slices.Values(got))
	return slices.Equal(slices.Compact(a), slices.Compact(g))
}
