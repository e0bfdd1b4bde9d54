package noisethreshold

import (
	"context"
	"fmt"
	"regexp"
	"time"
	// Time zones are checked against the IANA database the binary carries: a machine without
	// one (a slim container) must accept what Seam accepts.
	_ "time/tzdata"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// dailyTimeForm is Seam's time of day: HH:MM:SS and an IANA zone in brackets.
var dailyTimeForm = regexp.MustCompile(`^([01]\d|2[0-3]):[0-5]\d:[0-5]\d\[([A-Za-z_]+(?:/[A-Za-z0-9_+-]+)+)\]$`)

// dailyTime checks a time of day in Seam's form at plan time, and that its zone is one of the
// IANA database's ("Region/City"), as Seam requires.
type dailyTime struct{}

func (dailyTime) Description(context.Context) string {
	return "a time of day in Seam's form, HH:MM:SS and an IANA time zone in brackets: 22:00:00[Europe/Paris]"
}

func (v dailyTime) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v dailyTime) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	s := req.ConfigValue.ValueString()
	m := dailyTimeForm.FindStringSubmatch(s)
	if m == nil {
		resp.Diagnostics.AddAttributeError(req.Path, "Not a time of day in Seam's form",
			fmt.Sprintf("%q is not a time of day as Seam writes one: HH:MM:SS on a 24-hour clock, then the IANA time zone "+
				"in brackets, such as \"22:00:00[Europe/Paris]\" or \"07:30:00[America/New_York]\".", s))
		return
	}
	if _, err := time.LoadLocation(m[2]); err != nil {
		resp.Diagnostics.AddAttributeError(req.Path, "Unknown time zone",
			fmt.Sprintf("%q names the time zone %q, which is not in the IANA time zone database: use a Region/City name "+
				"such as \"Europe/Paris\" or \"America/Los_Angeles\".", s, m[2]))
	}
}
