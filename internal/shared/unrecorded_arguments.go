package shared

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
)

// Some arguments shape an object when it is made, and Seam's object keeps none of them (a
// webview's provider_category, an access grant's device_ids). The provider records in private
// state that it knows them (privateRecorded), on every create and update. An imported object
// has them null and unrecorded: what the configuration says is taken into the state in place,
// never planned as a replacement that would throw the object away for a value the provider
// cannot compare.
const privateRecorded = "create_arguments_recorded"

// RecordArguments notes that the state holds what the object was made with.
func RecordArguments(ctx context.Context, private PrivateWriter) diag.Diagnostics {
	return WritePrivate(ctx, private, privateRecorded, true)
}

// ReplaceUnlessUnrecorded is RequiresReplace for a create-time argument Seam's object does not
// keep, but for a change from a null the provider never recorded.
type ReplaceUnlessUnrecorded struct{}

func (ReplaceUnlessUnrecorded) Description(context.Context) string {
	return "Changing it replaces the object, unless the provider never knew its value (an import)."
}

func (m ReplaceUnlessUnrecorded) MarkdownDescription(ctx context.Context) string {
	return m.Description(ctx)
}

func (ReplaceUnlessUnrecorded) PlanModifyString(ctx context.Context, req planmodifier.StringRequest, resp *planmodifier.StringResponse) {
	resp.RequiresReplace = replacesArgument(ctx, req.State.Raw.IsNull(), req.StateValue, req.PlanValue, req.Private)
}

func (ReplaceUnlessUnrecorded) PlanModifySet(ctx context.Context, req planmodifier.SetRequest, resp *planmodifier.SetResponse) {
	resp.RequiresReplace = replacesArgument(ctx, req.State.Raw.IsNull(), req.StateValue, req.PlanValue, req.Private)
}

// replacesArgument decides for one argument: a create replaces nothing; an unchanged value
// neither; a null the provider never recorded is adopted in place.
func replacesArgument(ctx context.Context, creating bool, state, plan attr.Value, private PrivateReader) bool {
	if creating || plan.IsNull() && state.IsNull() || plan.Equal(state) {
		return false
	}
	if recorded, _ := ReadPrivate[bool](ctx, private, privateRecorded); state.IsNull() && !recorded {
		return false
	}
	return true
}
