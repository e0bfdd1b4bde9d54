package webhook

import (
	"context"
	"net/url"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// webhookURL refuses, at plan time, a url Seam should not post signed events to: anything but
// an absolute https URL, or plain http to this machine (a local receiver, in tests).
type webhookURL struct{}

func (webhookURL) Description(context.Context) string {
	return "must be an absolute https URL, or http to a loopback host"
}

func (v webhookURL) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (webhookURL) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	u, err := url.Parse(req.ConfigValue.ValueString())
	var problem string
	switch {
	case err != nil || !u.IsAbs() || u.Host == "":
		problem = "must be an absolute URL, such as https://ops.example.com/seam-events"
	case u.Scheme == "http" && !seam.IsLoopbackHost(u.Hostname()):
		problem = "uses plain http to a host that is not this machine: Seam's events, and the signatures that prove them, " +
			"would cross the network in clear. Use https (plain http is accepted only for localhost, to test a local receiver)"
	case u.Scheme != "https" && u.Scheme != "http":
		problem = "has scheme " + u.Scheme + "; use https"
	}
	if problem != "" {
		resp.Diagnostics.AddAttributeError(req.Path, "Webhook url not accepted", "The url "+problem+".")
	}
}
