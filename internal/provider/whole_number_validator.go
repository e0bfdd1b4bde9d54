package provider

import (
	"context"
	"fmt"
	"math/big"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// wholeNumberBetween checks a number at validate time: a whole number from low to high.
// The attribute is a Number, not an Int64, so that 1.5 or 1e30 reach this check instead
// of failing the framework's conversion with a message meant for provider developers.
func wholeNumberBetween(low, high int64) validator.Number {
	return wholeNumberValidator{low: low, high: high}
}

type wholeNumberValidator struct{ low, high int64 }

func (v wholeNumberValidator) Description(context.Context) string {
	return fmt.Sprintf("a whole number from %d to %d", v.low, v.high)
}

func (v wholeNumberValidator) MarkdownDescription(ctx context.Context) string {
	return v.Description(ctx)
}

func (v wholeNumberValidator) ValidateNumber(ctx context.Context, req validator.NumberRequest, resp *validator.NumberResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	f := req.ConfigValue.ValueBigFloat()
	if n, accuracy := f.Int64(); accuracy == big.Exact && f.IsInt() && n >= v.low && n <= v.high {
		return
	}
	resp.Diagnostics.AddAttributeError(req.Path, "Invalid number",
		fmt.Sprintf("%s is %s; it must be %s.", req.Path, f.Text('g', 10), v.Description(ctx)))
}
