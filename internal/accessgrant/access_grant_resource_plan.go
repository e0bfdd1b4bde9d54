package accessgrant

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// ModifyPlan refuses, at plan time, an ends_at in the past (or not after starts_at) whenever a
// grant would be created or its times changed: Seam would refuse it, after the plan was
// approved. A grant that has ended, unchanged, stays as Seam reports it. A new grant must open
// something, and a new key must be free: it replaces the grant, which would otherwise be
// destroyed before its successor failed.
func (r *accessGrantResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() {
		return
	}
	if err := shared.KeepComputedWhenUnchanged(req.State, &resp.Plan, attrDisplayName, attrAccessMethods); err != nil {
		resp.Diagnostics.AddError("Cannot plan the access grant", "Keeping what Seam computed when nothing changes: "+err.Error()+
			". This is a bug in the provider; please report it.")
		return
	}
	if req.State.Raw.IsNull() {
		resp.Diagnostics.Append(opensSomething(ctx, req.Plan)...)
	}
	if resp.Diagnostics.Append(shared.PlanKeyChange(ctx, r.Provider, r.keyCheck(), req)...); resp.Diagnostics.HasError() {
		return
	}
	var ends, starts instant.Value
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root(attrEndsAt), &ends)...)
	resp.Diagnostics.Append(req.Plan.GetAttribute(ctx, path.Root(attrStartsAt), &starts)...)
	end, known := ends.Time()
	if resp.Diagnostics.HasError() || !known {
		return
	}
	if !req.State.Raw.IsNull() {
		var had instant.Value
		resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root(attrEndsAt), &had)...)
		if ends.SameInstant(had) && !r.replacing(req) {
			return
		}
	}
	now := time.Now()
	switch start, ok := starts.Time(); {
	case !end.After(now):
		resp.Diagnostics.AddAttributeError(path.Root(attrEndsAt), "ends_at is in the past",
			fmt.Sprintf("ends_at is %q, which is in the past (it is now %s): the grant would have ended before it was made. Set "+
				"a time in the future, such as %q, or leave ends_at out for a grant that does not end.",
				ends.ValueString(), now.UTC().Format(time.RFC3339), now.Add(7*24*time.Hour).UTC().Format("2006-01-02T15:04:05Z")))
	case ok && !end.After(start):
		resp.Diagnostics.AddAttributeError(path.Root(attrEndsAt), "ends_at is not after starts_at",
			fmt.Sprintf("ends_at (%q) must be after starts_at (%q).", ends.ValueString(), starts.ValueString()))
	}
}

// replacing reports whether the plan makes the grant anew: an argument that replaces it changed.
func (r *accessGrantResource) replacing(req resource.ModifyPlanRequest) bool {
	planned, had := shared.AttrsOf(req.Plan.Raw), shared.AttrsOf(req.State.Raw)
	changed := func(name string) bool { return !planned[name].Equal(had[name]) }
	return changed(attrUserIdentityID) || changed(attrRequestedAccessMethods) || !planned.Unknown(attrSpaceIDs) && changed(attrSpaceIDs) ||
		changed(attrDeviceIDs) || changed(attrAcsEntranceIDs)
}

// opensSomething refuses a new grant whose spaces, devices and entrances are all known and
// empty: Seam would refuse it. An empty space_ids is valid otherwise: it is how a grant of
// devices only is written by terraform query, whose devices Seam's grant does not record.
func opensSomething(ctx context.Context, plan tfsdk.Plan) diag.Diagnostics {
	var diags diag.Diagnostics
	for _, name := range []string{attrSpaceIDs, attrDeviceIDs, attrAcsEntranceIDs} {
		var ids types.Set
		diags.Append(plan.GetAttribute(ctx, path.Root(name), &ids)...)
		if diags.HasError() || ids.IsUnknown() || len(ids.Elements()) > 0 {
			return diags
		}
	}
	diags.AddAttributeError(path.Root(attrSpaceIDs), "The access grant opens nothing",
		"space_ids, device_ids and acs_entrance_ids are all empty: a new grant must open at least one space, device or entrance.")
	return diags
}
