package instant

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
)

// SameInstant plans a timestamp argument: the state's own instant, however the configuration
// writes it, is no change (the plan keeps the state's spelling, which Terraform accepts as
// equivalent to the configuration's). Another instant, or one not known until apply, is a
// change: in place, or a replacement with ReplaceOtherwise.
type SameInstant struct {
	ReplaceOtherwise bool
}

func (m SameInstant) Description(context.Context) string {
	if m.ReplaceOtherwise {
		return "The same instant however written is no change; another time replaces the object."
	}
	return "The same instant however written is no change."
}

func (m SameInstant) MarkdownDescription(ctx context.Context) string { return m.Description(ctx) }

func (m SameInstant) PlanModifyString(_ context.Context, req planmodifier.StringRequest, resp *planmodifier.StringResponse) {
	if req.State.Raw.IsNull() || req.Plan.Raw.IsNull() || req.ConfigValue.IsNull() {
		return
	}
	planned, state := NewString(req.PlanValue.ValueString()), NewString(req.StateValue.ValueString())
	if !req.PlanValue.IsUnknown() && planned.SameInstant(state) {
		resp.PlanValue = req.StateValue
		return
	}
	resp.RequiresReplace = m.ReplaceOtherwise
}
