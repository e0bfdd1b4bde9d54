package connectwebview

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"

	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// provider_category and excluded_providers shape a webview when it is made, and Seam's object
// keeps neither. The provider records in private state that it knows them (privateRecorded),
// on every create and update. An imported webview has them null and unrecorded: what the
// configuration says is taken into the state in place, never planned as a replacement that
// would throw away a webview and its login link for a value the provider cannot compare.
const privateRecorded = "create_arguments_recorded"

// privateCreated keys the creator's choices as Seam answered the create: the baseline that
// fillKeeping compares Seam's later answers with.
const privateCreated = "created_choices"

// recordArguments notes that the state holds what the webview was made with.
func recordArguments(ctx context.Context, private shared.PrivateWriter) diag.Diagnostics {
	return shared.WritePrivate(ctx, private, privateRecorded, true)
}

// recordCreated keeps Seam's answer to the create as the baseline of the creator's choices.
func recordCreated(ctx context.Context, private shared.PrivateWriter, created choices) diag.Diagnostics {
	return shared.WritePrivate(ctx, private, privateCreated, created)
}

// createdChoices is the baseline recorded at create, or nil for a webview the provider did not make.
func createdChoices(ctx context.Context, private shared.PrivateReader) *choices {
	c, ok := shared.ReadPrivate[choices](ctx, private, privateCreated)
	if !ok {
		return nil
	}
	return &c
}

// replaceUnlessUnrecorded is RequiresReplace for a create-time argument, but for a change
// from a null the provider never recorded.
type replaceUnlessUnrecorded struct{}

func (replaceUnlessUnrecorded) Description(context.Context) string {
	return "Changing it replaces the Connect Webview, unless the provider never knew its value (an import)."
}

func (m replaceUnlessUnrecorded) MarkdownDescription(ctx context.Context) string {
	return m.Description(ctx)
}

func (replaceUnlessUnrecorded) PlanModifyString(ctx context.Context, req planmodifier.StringRequest, resp *planmodifier.StringResponse) {
	resp.RequiresReplace = replacesArgument(ctx, req.State.Raw.IsNull(), req.StateValue, req.PlanValue, req.Private)
}

func (replaceUnlessUnrecorded) PlanModifySet(ctx context.Context, req planmodifier.SetRequest, resp *planmodifier.SetResponse) {
	resp.RequiresReplace = replacesArgument(ctx, req.State.Raw.IsNull(), req.StateValue, req.PlanValue, req.Private)
}

// replacesArgument decides for one argument: a create or a destroy replaces nothing; an unchanged
// value neither; a null the provider never recorded is adopted in place.
func replacesArgument(ctx context.Context, creating bool, state, plan attr.Value, private shared.PrivateReader) bool {
	if creating || plan.IsNull() && state.IsNull() || plan.Equal(state) {
		return false
	}
	if recorded, _ := shared.ReadPrivate[bool](ctx, private, privateRecorded); state.IsNull() && !recorded {
		return false
	}
	return true
}
