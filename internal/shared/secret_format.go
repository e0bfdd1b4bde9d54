package shared

import (
	"context"
	"fmt"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// SecretFormat refuses a sensitive value that does not match Pattern, saying what it must be
// (Want) and never quoting it: a mistyped PIN code or token is still a secret, and CI logs keep
// every error. stringvalidator.RegexMatches would print it.
type SecretFormat struct {
	Pattern *regexp.Regexp
	Want    string
}

var _ validator.String = SecretFormat{}

func (v SecretFormat) Description(context.Context) string { return "must be " + v.Want }

func (v SecretFormat) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v SecretFormat) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() || v.Pattern.MatchString(req.ConfigValue.ValueString()) {
		return
	}
	resp.Diagnostics.AddAttributeError(req.Path, "Invalid "+req.Path.String(),
		fmt.Sprintf("%s must be %s. The value given is not; it is sensitive, so it is not shown here.", req.Path, v.Want))
}
