package clientsession

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// privateRefreshedAt keys, in the resource's private state, when Seam last answered for the
// session (read, create, grant). Renewal is decided as of that time, not of the time of the
// plan: the same state then gives the same plan, when it is made and when Terraform plans it
// again to apply a saved plan, however long after. The TLS provider keeps its
// ready_for_renewal for the same reason.
const privateRefreshedAt = "refreshed_at"

func recordRefresh(ctx context.Context, private shared.PrivateWriter, at time.Time) diag.Diagnostics {
	value, _ := json.Marshal(at.UTC().Format(time.RFC3339Nano))
	return private.SetKey(ctx, privateRefreshedAt, value)
}

// refreshedAt is when the state was last refreshed; ok is false for a state from before the
// provider recorded it, which the next refresh fills in.
func refreshedAt(ctx context.Context, private shared.PrivateReader) (at time.Time, ok bool) {
	raw, diags := private.GetKey(ctx, privateRefreshedAt)
	var s string
	if diags.HasError() || raw == nil || json.Unmarshal(raw, &s) != nil {
		return time.Time{}, false
	}
	at, err := time.Parse(time.RFC3339Nano, s)
	return at, err == nil
}

// ModifyPlan needs a credential for anything but a destroy, refuses a new session that
// would be dead on arrival, and replaces a session that had expired, or was within
// renew_before of expiring, when the state was last refreshed.
func (r *clientSessionResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() {
		return
	}
	switch {
	case r.Provider == nil:
	case r.Provider.Client == nil:
		resp.Diagnostics.Append(r.Provider.MissingCredential)
		return
	case r.Provider.Client.Credential().Kind() == seam.ClientSessionToken:
		resp.Diagnostics.AddError("This needs an API key or a personal access token",
			fmt.Sprintf("Managing client sessions needs an API key or a personal access token, and the credential from %s is "+
				"a client session token, which Seam lets read only its own session.", r.Provider.CredentialSource))
		return
	}
	// Without renew_before (or before it is known), a session is renewed once it has expired.
	var renewBefore time.Duration
	written := shared.AttrsOf(req.Plan.Raw).String(attrRenewBefore)
	if written != "" {
		d, err := time.ParseDuration(written)
		if err != nil {
			return // the attribute's validator reports it
		}
		renewBefore = d
	}
	now := time.Now()
	// From the configuration: the plan holds the state's expires_at when it is left out.
	var configured instant.Value
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root(attrExpiresAt), &configured)...)

	state := shared.AttrsOf(req.State.Raw)
	if expires, ok := configured.Time(); ok && (state == nil || !configured.SameInstant(instant.NewString(state.String(attrExpiresAt)))) {
		// A new session, made now: one that expires at once is of no use.
		if !expires.After(now) {
			resp.Diagnostics.AddAttributeError(path.Root(attrExpiresAt), "expires_at is in the past",
				fmt.Sprintf("expires_at is %q, which is in the past (it is now %s): the session would have expired before "+
					"anyone could use it. Set a time in the future, such as %q, or leave expires_at out for Seam's default.",
					configured.ValueString(), now.UTC().Format(time.RFC3339), now.Add(30*24*time.Hour).UTC().Format("2006-01-02T15:04:05Z")))
			return
		}
		if written != "" && !now.Add(renewBefore).Before(expires) {
			resp.Diagnostics.AddAttributeWarning(path.Root(attrRenewBefore), "renew_before covers the whole session",
				fmt.Sprintf("The session will expire at %s, which is within renew_before (%q) of now: it would be due for "+
					"renewal as soon as it is made. Shorten renew_before or set a later expires_at.", expires.Format(time.RFC3339), written))
		}
	}
	if state == nil {
		return
	}
	// Seam's varying attributes (device_count, user_identity_ids), marked unknown by the
	// framework when only a spelling or an account of the session's own webview differs.
	if err := shared.KeepComputedWhenUnchanged(req.State, &resp.Plan, attrDeviceCount, attrUserIdentityIDs); err != nil {
		resp.Diagnostics.AddError("Cannot plan the client session", "Keeping what Seam computed when nothing changes: "+err.Error()+
			". This is a bug in the provider; please report it.")
		return
	}
	expires, ok1 := state.Time(attrExpiresAt)
	created, ok2 := state.Time(attrCreatedAt)
	if !ok1 || !ok2 {
		return
	}
	if lifetime := expires.Sub(created); written != "" && renewBefore >= lifetime {
		resp.Diagnostics.AddAttributeWarning(path.Root(attrRenewBefore), "renew_before is not shorter than the session's lifetime",
			fmt.Sprintf("renew_before is %q and the session lives %s (from created_at to expires_at), so every new session is "+
				"due for renewal at once, and every plan replaces it. Shorten renew_before, or set a later expires_at.",
				written, lifetime.Round(time.Second)))
	}
	asOf, known := refreshedAt(ctx, req.Private)
	if !known || asOf.Add(renewBefore).Before(expires) {
		return
	}
	when := "had expired"
	if asOf.Before(expires) {
		when = fmt.Sprintf("expires within renew_before (%q)", written)
	}
	refreshed := asOf.UTC().Format(time.RFC3339)
	if !configured.IsNull() {
		resp.Diagnostics.AddAttributeWarning(path.Root(attrExpiresAt), "Client session due for renewal, but expires_at is fixed",
			fmt.Sprintf("Client session %s %s (at %s) when the state was refreshed at %s, but expires_at is set in the "+
				"configuration: a new session would expire at the same time, so the provider does not replace it. Set a later "+
				"expires_at to renew it.", state.String(attrID), when, expires.Format(time.RFC3339), refreshed))
		return
	}
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root(attrExpiresAt), instant.NewUnknown())...)
	resp.RequiresReplace = append(resp.RequiresReplace, path.Root(attrExpiresAt))
	resp.Diagnostics.AddAttributeWarning(path.Root(attrExpiresAt), "Client session due for renewal",
		fmt.Sprintf("Client session %s %s (at %s) when the state was refreshed at %s: this plan replaces it with a new "+
			"session, and a new token.", state.String(attrID), when, expires.Format(time.RFC3339), refreshed))
}
