package shared

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// PlanKeyChange checks, when a plan gives an object a new key (which replaces it: Seam's keys
// select and never change), that no other object holds that key. Otherwise the replacement
// would destroy the object and then fail to make its successor. Without a client (credentials
// not known until apply) it checks nothing; the create checks again.
func PlanKeyChange[T any](ctx context.Context, pd *ProviderData, check KeyCheck[T], req resource.ModifyPlanRequest) diag.Diagnostics {
	if req.State.Raw.IsNull() || req.Plan.Raw.IsNull() || pd == nil || pd.Client == nil {
		return nil
	}
	var planned, had types.String
	diags := req.Plan.GetAttribute(ctx, path.Root(check.KeyAttr), &planned)
	diags.Append(req.State.GetAttribute(ctx, path.Root(check.KeyAttr), &had)...)
	if diags.HasError() || planned.IsNull() || planned.IsUnknown() || planned.Equal(had) {
		return diags
	}
	ctx, client, d := pd.Seam(ctx, check.Object.TypeName)
	if diags.Append(d...); diags.HasError() {
		return diags
	}
	holder, lookupErr := check.Holder(ctx, client, planned.ValueString())
	if lookupErr != nil {
		diags.Append(lookupErr)
		return diags
	}
	if holder != nil {
		diags.Append(KeyTakenOnCreate(check.Object, check.KeyAttr, planned.ValueString(), check.ID(holder), check.Rotate))
	}
	return diags
}
