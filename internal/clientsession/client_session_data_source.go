package clientsession

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var _ datasource.DataSourceWithConfigValidators = (*clientSessionDataSource)(nil)

// clientSessionDataSource reads a session by ID or by key, or, with a client session token,
// the token's own: more than the shared lookup does.
type clientSessionDataSource struct{ shared.DataSourceBase }

func NewDataSource() datasource.DataSource {
	return &clientSessionDataSource{shared.DataSourceBase{Object: descriptor}}
}

func (d *clientSessionDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	attrs, diags := attributes.DataSourceAttributes()
	resp.Diagnostics.Append(diags...)
	resp.Schema = schema.Schema{
		Description: "Reads a Seam client session by `client_session_id` or by `user_identifier_key`. " +
			"The session's token is stored in the Terraform state; to keep it out, use the " +
			"`seam_client_session` ephemeral resource.",
		Attributes: attrs,
	}
}

func (d *clientSessionDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{
		datasourcevalidator.Conflicting(path.MatchRoot(attrClientSessionID), path.MatchRoot(attrUserIdentifierKey)),
	}
}

func (d *clientSessionDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	found, diags := readClientSession(ctx, d.Provider, shared.AttrsOf(req.Config.Raw))
	if resp.Diagnostics.Append(diags...); found != nil && !resp.Diagnostics.HasError() {
		resp.State.Raw = attributes.DataSourceValue(viewOf(found))
	}
}
