package clientsession

import (
	"context"

	"github.com/seamapi/terraform-provider-seam/internal/shared"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
)

var (
	_ datasource.DataSourceWithConfigure        = (*clientSessionDataSource)(nil)
	_ datasource.DataSourceWithConfigValidators = (*clientSessionDataSource)(nil)
)

type clientSessionDataSource struct {
	provider *shared.ProviderData
}

func NewDataSource() datasource.DataSource { return &clientSessionDataSource{} }

func (d *clientSessionDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_client_session"
}

func (d *clientSessionDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		Description: "Reads a Seam client session by `client_session_id` or by `user_identifier_key`. " +
			"The session's token is stored in the Terraform state; to keep it out, use the " +
			"`seam_client_session` ephemeral resource.",
		Attributes: dataSourceAttributes(true),
	}
}

func (d *clientSessionDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{
		datasourcevalidator.Conflicting(path.MatchRoot(attrClientSessionID), path.MatchRoot(attrUserIdentifierKey)),
	}
}

func (d *clientSessionDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	d.provider = pd
}

func (d *clientSessionDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var model clientSessionModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &model)...)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(readClientSession(ctx, d.provider, &model)...)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &model)...)
}
