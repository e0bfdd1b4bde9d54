package shared

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// UnknownWhenChanged plans a number the configuration leaves to Seam as unknown when one of
// others, from which Seam works it out, changes: a noise threshold's decibels when its NRS
// level changes, a set point in °F when it changes in °C. Kept from the state, it would be
// stale, and the apply would end in Terraform's "inconsistent result".
func UnknownWhenChanged(others ...string) planmodifier.Float64 { return unknownWhenChanged{others} }

type unknownWhenChanged struct{ others []string }

func (m unknownWhenChanged) Description(context.Context) string {
	return fmt.Sprintf("Unknown until applied when %v changes, unless configured.", m.others)
}

func (m unknownWhenChanged) MarkdownDescription(ctx context.Context) string {
	return m.Description(ctx)
}

func (m unknownWhenChanged) PlanModifyFloat64(ctx context.Context, req planmodifier.Float64Request, resp *planmodifier.Float64Response) {
	if !req.ConfigValue.IsNull() || req.State.Raw.IsNull() {
		return
	}
	for _, other := range m.others {
		var planned, had types.Float64
		if req.Plan.GetAttribute(ctx, path.Root(other), &planned).HasError() || req.State.GetAttribute(ctx, path.Root(other), &had).HasError() {
			return
		}
		if !planned.Equal(had) {
			resp.PlanValue = types.Float64Unknown()
			return
		}
	}
}
