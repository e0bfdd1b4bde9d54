package accessgrant

import (
	"context"
	"fmt"
	"maps"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// pinCode is Seam's requested code: "Specific PIN code to use for this access method", 4 to 9
// digits (the OpenAPI's minLength, maxLength and pattern).
var pinCode = shared.SecretFormat{Pattern: regexp.MustCompile(`^[0-9]{4,9}$`), Want: "4 to 9 digits, such as 4821"}

// sameRequestedMethods plans requested_access_methods, which Seam cannot change on a grant: any
// change replaces it. A requested code the configuration leaves out keeps the state's (the one
// Seam reports, or none): a grant adopted from `terraform query`, whose generated configuration
// never holds its PIN code, is not replaced, nor is one whose other arguments change.
type sameRequestedMethods struct{}

var _ planmodifier.List = sameRequestedMethods{}

func (sameRequestedMethods) Description(context.Context) string {
	return "Changing it replaces the grant; a code left out keeps the one Seam reports."
}

func (m sameRequestedMethods) MarkdownDescription(ctx context.Context) string {
	return m.Description(ctx)
}

func (sameRequestedMethods) PlanModifyList(_ context.Context, req planmodifier.ListRequest, resp *planmodifier.ListResponse) {
	if req.State.Raw.IsNull() || req.Plan.Raw.IsNull() || req.PlanValue.IsUnknown() || req.StateValue.IsNull() {
		return
	}
	planned, had := req.PlanValue.Elements(), req.StateValue.Elements()
	out := make([]attr.Value, len(planned))
	for i, p := range planned {
		out[i] = p
		wants, ok := p.(types.Object)
		if !ok || i >= len(had) || !wants.Attributes()[attrCode].IsUnknown() {
			continue
		}
		prior, ok := had[i].(types.Object)
		if !ok || !prior.Attributes()[attrMode].Equal(wants.Attributes()[attrMode]) {
			continue
		}
		attrs := maps.Clone(wants.Attributes())
		attrs[attrCode] = prior.Attributes()[attrCode]
		out[i] = types.ObjectValueMust(requestedType.AttrTypes, attrs)
	}
	resp.PlanValue = types.ListValueMust(requestedType, out)
	resp.RequiresReplace = !resp.PlanValue.Equal(req.StateValue)
}

// codeOnlyForCodeMode refuses at plan time a code on a method that is not a PIN code: Seam's
// requested code is "Only applicable when mode is 'code'", and it would refuse the create
// after the plan was approved. The code itself is never quoted.
type codeOnlyForCodeMode struct{}

var _ validator.List = codeOnlyForCodeMode{}

func (codeOnlyForCodeMode) Description(context.Context) string {
	return "a code only on a method whose mode is code"
}

func (v codeOnlyForCodeMode) MarkdownDescription(ctx context.Context) string {
	return v.Description(ctx)
}

func (codeOnlyForCodeMode) ValidateList(_ context.Context, req validator.ListRequest, resp *validator.ListResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	for i, e := range req.ConfigValue.Elements() {
		method, ok := e.(types.Object)
		if !ok || method.IsNull() || method.IsUnknown() {
			continue
		}
		mode, _ := method.Attributes()[attrMode].(types.String)
		code := method.Attributes()[attrCode]
		if mode.IsNull() || mode.IsUnknown() || mode.ValueString() == "code" || code == nil || code.IsNull() {
			continue
		}
		resp.Diagnostics.AddAttributeError(req.Path.AtListIndex(i).AtName(attrCode), "A code is only for the code mode",
			fmt.Sprintf("requested_access_methods[%d] asks for mode %q with a code. Seam takes a requested code only when the "+
				"mode is \"code\" (a PIN code). Remove the code from this method, or set its mode to \"code\".", i, mode.ValueString()))
	}
}

// requestedType is one requested access method's framework type, for the plan modifier.
var requestedType = types.ObjectType{AttrTypes: map[string]attr.Type{attrMode: types.StringType, attrCode: types.StringType}}

// requestedOf is requested_access_methods as a state holds them: what the plan (or the state)
// asked for, each code not known until apply taken from Seam's method of the same place and
// mode; Seam's own list when nothing is planned (an import, a data source).
func requestedOf(prior shared.Attrs, seams []seam.RequestedAccessMethod) []seam.RequestedAccessMethod {
	planned := prior.Objects(attrRequestedAccessMethods)
	if planned == nil {
		return seams
	}
	out := make([]seam.RequestedAccessMethod, len(planned))
	for i, p := range planned {
		out[i] = seam.RequestedAccessMethod{Mode: p.String(attrMode), Code: p.StringPointer(attrCode)}
		if p.Unknown(attrCode) && i < len(seams) && seams[i].Mode == out[i].Mode {
			out[i].Code = seams[i].Code
		}
	}
	return out
}
