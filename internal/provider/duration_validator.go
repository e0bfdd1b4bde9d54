package provider

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// durationBetween checks a Go duration string at plan time: above low, at most high.
// timetypes.GoDurationType already refuses what time.ParseDuration cannot read.
func durationBetween(low, high time.Duration) validator.String {
	return durationBetweenValidator{low: low, high: high}
}

type durationBetweenValidator struct{ low, high time.Duration }

func (v durationBetweenValidator) Description(context.Context) string {
	return fmt.Sprintf("value must be a duration above %s and at most %s", v.low, v.high)
}

func (v durationBetweenValidator) MarkdownDescription(ctx context.Context) string {
	return v.Description(ctx)
}

func (v durationBetweenValidator) ValidateString(ctx context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	d, err := time.ParseDuration(req.ConfigValue.ValueString())
	if err != nil {
		return
	}
	if d <= v.low || d > v.high {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid duration",
			fmt.Sprintf("%s is %s; %s.", req.Path, req.ConfigValue.ValueString(), v.Description(ctx)))
	}
}
