package provider

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timetypes/timetypes"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// ModifyPlan needs a credential for anything but a destroy, and replaces a session that
// has expired, or expires within renew_before, as the TLS provider does with its
// early_renewal_hours.
func (r *clientSessionResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() {
		return
	}
	switch {
	case r.provider == nil:
	case r.provider.client == nil:
		resp.Diagnostics.Append(r.provider.missingCredential)
		return
	case r.provider.client.Credential().Kind() == seam.ClientSessionToken:
		resp.Diagnostics.AddError("This needs an API key or a personal access token",
			fmt.Sprintf("Managing client sessions needs an API key or a personal access token, and the credential from %s is "+
				"a client session token, which Seam lets read only its own session.", r.provider.credentialSource))
		return
	}
	var plan clientSessionResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	// Without renew_before (or before it is known), a session is renewed once it has expired.
	var renewBefore time.Duration
	written := ""
	if !plan.RenewBefore.IsNull() && !plan.RenewBefore.IsUnknown() {
		d, err := time.ParseDuration(plan.RenewBefore.ValueString())
		if err != nil {
			return // the attribute's validator reports it
		}
		renewBefore, written = d, plan.RenewBefore.ValueString()
	}
	now := time.Now()
	// From the configuration: the plan holds the state's expires_at when it is left out.
	var configured timetypes.RFC3339
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root(attrExpiresAt), &configured)...)
	configuredExpiry := !configured.IsNull()

	if req.State.Raw.IsNull() {
		if written != "" && configuredExpiry && !configured.IsUnknown() {
			if expires, d := configured.ValueRFC3339Time(); !d.HasError() && !now.Add(renewBefore).Before(expires) {
				resp.Diagnostics.AddAttributeWarning(path.Root(attrRenewBefore), "renew_before covers the whole session",
					fmt.Sprintf("The session will expire at %s, which is within renew_before (%q) of now: it would be due for "+
						"renewal as soon as it is made. Shorten renew_before or set a later expires_at.", expires.Format(time.RFC3339), written))
			}
		}
		return
	}

	var state clientSessionResourceModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	expires, d1 := state.ExpiresAt.ValueRFC3339Time()
	created, d2 := state.CreatedAt.ValueRFC3339Time()
	if d1.HasError() || d2.HasError() {
		return
	}
	if lifetime := expires.Sub(created); written != "" && renewBefore >= lifetime {
		resp.Diagnostics.AddAttributeWarning(path.Root(attrRenewBefore), "renew_before is not shorter than the session's lifetime",
			fmt.Sprintf("renew_before is %q and the session lives %s (from created_at to expires_at), so every new session is "+
				"due for renewal at once, and every plan replaces it. Shorten renew_before, or set a later expires_at.",
				written, lifetime.Round(time.Second)))
	}
	if now.Add(renewBefore).Before(expires) {
		return
	}
	when := "has expired"
	if now.Before(expires) {
		when = fmt.Sprintf("expires within renew_before (%q)", written)
	}
	if configuredExpiry {
		resp.Diagnostics.AddAttributeWarning(path.Root(attrExpiresAt), "Client session due for renewal, but expires_at is fixed",
			fmt.Sprintf("Client session %s %s (at %s), but expires_at is set in the configuration: a new session would expire "+
				"at the same time, so the provider does not replace it. Set a later expires_at to renew it.",
				state.ID.ValueString(), when, expires.Format(time.RFC3339)))
		return
	}
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root(attrExpiresAt), timetypes.NewRFC3339Unknown())...)
	resp.RequiresReplace = append(resp.RequiresReplace, path.Root(attrExpiresAt))
	resp.Diagnostics.AddAttributeWarning(path.Root(attrExpiresAt), "Client session due for renewal",
		fmt.Sprintf("Client session %s %s (at %s): this plan replaces it with a new session, and a new token.",
			state.ID.ValueString(), when, expires.Format(time.RFC3339)))
}
