package clientsession

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/ephemeralvalidator"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var _ ephemeral.EphemeralResourceWithConfigValidators = (*clientSessionEphemeralResource)(nil)

type clientSessionEphemeralResource struct{ shared.EphemeralBase }

func NewEphemeralResource() ephemeral.EphemeralResource {
	return &clientSessionEphemeralResource{shared.EphemeralBase{Object: descriptor}}
}

func (e *clientSessionEphemeralResource) Schema(_ context.Context, _ ephemeral.SchemaRequest, resp *ephemeral.SchemaResponse) {
	attrs, diags := attributes.EphemeralAttributes()
	resp.Diagnostics.Append(diags...)
	resp.Schema = schema.Schema{
		Description: "Reads a Seam client session by `client_session_id` or by `user_identifier_key`, like the " +
			"`seam_client_session` data source, without writing anything to the plan or the state. Use it to hand the " +
			"session's token to another provider or to a write-only argument. Needs Terraform 1.10 or OpenTofu 1.11, or later.",
		Attributes: attrs,
	}
}

func (e *clientSessionEphemeralResource) ConfigValidators(context.Context) []ephemeral.ConfigValidator {
	return []ephemeral.ConfigValidator{
		ephemeralvalidator.Conflicting(path.MatchRoot(attrClientSessionID), path.MatchRoot(attrUserIdentifierKey)),
	}
}

func (e *clientSessionEphemeralResource) Open(ctx context.Context, req ephemeral.OpenRequest, resp *ephemeral.OpenResponse) {
	found, diags := readClientSession(ctx, e.Provider, shared.AttrsOf(req.Config.Raw))
	if resp.Diagnostics.Append(diags...); found != nil && !resp.Diagnostics.HasError() {
		resp.Result.Raw = attributes.DataSourceValue(viewOf(found))
	}
}
