package shared

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// DurationBetween checks a DurationType attribute at validate time: it must parse, be above
// low and, when high is set, at most high. One message covers all three.
func DurationBetween(low, high time.Duration) validator.String {
	return durationValidator{low: low, high: high}
}

type durationValidator struct{ low, high time.Duration }

func (v durationValidator) Description(context.Context) string {
	if v.high == 0 {
		return fmt.Sprintf(`a Go duration such as "30s" or "720h", above %s`, v.low)
	}
	return fmt.Sprintf(`a Go duration such as "30s" or "2m", above %s and at most %s`, v.low, v.high)
}

func (v durationValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v durationValidator) ValidateString(ctx context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	d, err := time.ParseDuration(req.ConfigValue.ValueString())
	if err == nil && d > v.low && (v.high == 0 || d <= v.high) {
		return
	}
	resp.Diagnostics.AddAttributeError(req.Path, "Invalid duration",
		fmt.Sprintf("%s is %q; it must be %s.", req.Path, req.ConfigValue.ValueString(), v.Description(ctx)))
}
