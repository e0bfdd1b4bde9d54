package provider

import (
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// stringPlanModifiers plans a string or timestamp attribute of the resource by its role.
func stringPlanModifiers(role resourceRole) []planmodifier.String {
	switch role {
	case computedStable:
		return []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	case replacing:
		return []planmodifier.String{stringplanmodifier.RequiresReplace()}
	case grantableOnce:
		return []planmodifier.String{
			stringplanmodifier.UseStateForUnknown(),
			stringplanmodifier.RequiresReplaceIf(replacesASetValue,
				"Setting it where there was none is granted in place; changing it replaces the session.",
				"Setting it where there was none is granted in place; changing it replaces the session."),
		}
	case expiry:
		return []planmodifier.String{
			stringplanmodifier.UseStateForUnknown(),
			stringplanmodifier.RequiresReplaceIf(movesTheInstant,
				"Changing it to another time replaces the session.", "Changing it to another time replaces the session."),
		}
	}
	return nil
}

// setPlanModifiers plans a set of IDs: additions are granted in place, removals replace.
func setPlanModifiers(role resourceRole) []planmodifier.Set {
	if role != grantable {
		return nil
	}
	return []planmodifier.Set{
		setplanmodifier.UseStateForUnknown(),
		setplanmodifier.RequiresReplaceIf(removesAnID,
			"Adding IDs is granted in place; removing any replaces the session, as Seam cannot take access back.",
			"Adding IDs is granted in place; removing any replaces the session, as Seam cannot take access back."),
	}
}

// argumentValidators refuses the empty strings that Seam's OpenAPI refuses (minLength 1).
func argumentValidators(a clientSessionAttribute) []validator.String {
	if a.role == replacing || a.role == grantableOnce {
		return []validator.String{stringvalidator.LengthAtLeast(1)}
	}
	return nil
}

func idSetValidators() []validator.Set {
	return []validator.Set{setvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1))}
}

// removesAnID: the planned set lacks an ID the session has.
func removesAnID(ctx context.Context, req planmodifier.SetRequest, resp *setplanmodifier.RequiresReplaceIfFuncResponse) {
	if req.PlanValue.IsUnknown() {
		return
	}
	var had, planned []string
	resp.Diagnostics.Append(req.StateValue.ElementsAs(ctx, &had, false)...)
	resp.Diagnostics.Append(req.PlanValue.ElementsAs(ctx, &planned, false)...)
	resp.RequiresReplace = len(missingFrom(planned, had)) > 0
}

// replacesASetValue: the session has a value and the plan names another (or none).
func replacesASetValue(_ context.Context, req planmodifier.StringRequest, resp *stringplanmodifier.RequiresReplaceIfFuncResponse) {
	resp.RequiresReplace = !req.StateValue.IsNull() && !req.PlanValue.IsUnknown()
}

// movesTheInstant: the configured expiry is another time than the session's, however written.
func movesTheInstant(_ context.Context, req planmodifier.StringRequest, resp *stringplanmodifier.RequiresReplaceIfFuncResponse) {
	if req.ConfigValue.IsNull() || req.PlanValue.IsUnknown() {
		return
	}
	resp.RequiresReplace = !sameInstant(req.PlanValue, req.StateValue)
}

func sameInstant(a, b types.String) bool {
	ta, errA := time.Parse(time.RFC3339Nano, a.ValueString())
	tb, errB := time.Parse(time.RFC3339Nano, b.ValueString())
	return errA == nil && errB == nil && ta.Equal(tb)
}

// missingFrom lists the elements of had that want lacks.
func missingFrom(want, had []string) []string {
	present := make(map[string]bool, len(want))
	for _, id := range want {
		present[id] = true
	}
	var missing []string
	for _, id := range had {
		if !present[id] {
			missing = append(missing, id)
		}
	}
	return missing
}
