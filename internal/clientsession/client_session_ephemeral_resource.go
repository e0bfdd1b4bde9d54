package clientsession

import (
	"context"

	"github.com/seamapi/terraform-provider-seam/internal/shared"

	"github.com/hashicorp/terraform-plugin-framework-validators/ephemeralvalidator"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
)

var (
	_ ephemeral.EphemeralResourceWithConfigure        = (*clientSessionEphemeralResource)(nil)
	_ ephemeral.EphemeralResourceWithConfigValidators = (*clientSessionEphemeralResource)(nil)
)

type clientSessionEphemeralResource struct {
	provider *shared.ProviderData
}

func NewEphemeralResource() ephemeral.EphemeralResource {
	return &clientSessionEphemeralResource{}
}

func (e *clientSessionEphemeralResource) Metadata(_ context.Context, req ephemeral.MetadataRequest, resp *ephemeral.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_client_session"
}

func (e *clientSessionEphemeralResource) Schema(_ context.Context, _ ephemeral.SchemaRequest, resp *ephemeral.SchemaResponse) {
	resp.Schema = schema.Schema{
		Description: "Reads a Seam client session by `client_session_id` or by `user_identifier_key`, like the " +
			"`seam_client_session` data source, without writing anything to the plan or the state. Use it to hand the " +
			"session's token to another provider or to a write-only argument. Needs Terraform 1.10 or OpenTofu 1.11, or later.",
		Attributes: ephemeralAttributes(),
	}
}

func (e *clientSessionEphemeralResource) ConfigValidators(context.Context) []ephemeral.ConfigValidator {
	return []ephemeral.ConfigValidator{
		ephemeralvalidator.Conflicting(path.MatchRoot(attrClientSessionID), path.MatchRoot(attrUserIdentifierKey)),
	}
}

func (e *clientSessionEphemeralResource) Configure(_ context.Context, req ephemeral.ConfigureRequest, resp *ephemeral.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	e.provider = pd
}

func (e *clientSessionEphemeralResource) Open(ctx context.Context, req ephemeral.OpenRequest, resp *ephemeral.OpenResponse) {
	var model clientSessionModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &model)...)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(readClientSession(ctx, e.provider, &model)...)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(resp.Result.Set(ctx, &model)...)
}
