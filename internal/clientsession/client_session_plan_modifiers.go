package clientsession

import (
	"context"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// A value unknown at plan time may turn out to need a replacement; planning an in-place
// update then makes apply fail with "inconsistent final plan". So, as the framework's own
// RequiresReplace does, every modifier here replaces when it cannot know.

// grantableIDs plans a set that grant_access adds to: additions are granted in place; a
// removal, or a set not known until apply, replaces the session. With ownWebviewAccounts,
// accounts that reached the session through its own Connect Webviews are no removal: the
// plan keeps the state's set when they are all that differs.
type grantableIDs struct{ ownWebviewAccounts bool }

func (grantableIDs) Description(context.Context) string {
	return "Adding IDs is granted in place; removing any replaces the session, as Seam cannot take access back."
}

func (m grantableIDs) MarkdownDescription(ctx context.Context) string { return m.Description(ctx) }

func (m grantableIDs) PlanModifySet(ctx context.Context, req planmodifier.SetRequest, resp *planmodifier.SetResponse) {
	if req.State.Raw.IsNull() || req.Plan.Raw.IsNull() || req.ConfigValue.IsNull() || req.PlanValue.Equal(req.StateValue) {
		return
	}
	planned, known := knownIDs(ctx, req.PlanValue)
	if !known {
		resp.RequiresReplace = true
		return
	}
	had, _ := knownIDs(ctx, req.StateValue)
	var allowed []string
	if m.ownWebviewAccounts {
		allowed = webviewAccounts(ctx, req.Private)
	}
	removed := slices.DeleteFunc(missingFrom(planned, had), func(id string) bool { return slices.Contains(allowed, id) })
	switch {
	case len(removed) > 0:
		resp.RequiresReplace = true
	case len(missingFrom(had, planned)) == 0:
		// Only accounts of the session's own webviews differ: nothing to do at Seam.
		resp.PlanValue = req.StateValue
	}
}

// knownIDs is the set's IDs, and false when the set or any of its elements is unknown.
func knownIDs(ctx context.Context, s types.Set) ([]string, bool) {
	if s.IsUnknown() {
		return nil, false
	}
	for _, e := range s.Elements() {
		if e.IsUnknown() {
			return nil, false
		}
	}
	var ids []string
	_ = s.ElementsAs(ctx, &ids, false)
	return ids, true
}

// replacesASetValue: the session has a value and the plan names another, none, or one not
// yet known. Where the session has none, any value is granted in place.
func replacesASetValue(_ context.Context, req planmodifier.StringRequest, resp *stringplanmodifier.RequiresReplaceIfFuncResponse) {
	resp.RequiresReplace = !req.StateValue.IsNull()
}

// missingFrom lists the elements of had that want lacks.
func missingFrom(want, had []string) []string {
	present := make(map[string]bool, len(want))
	for _, id := range want {
		present[id] = true
	}
	var missing []string
	for _, id := range had {
		if !present[id] {
			missing = append(missing, id)
		}
	}
	return missing
}
