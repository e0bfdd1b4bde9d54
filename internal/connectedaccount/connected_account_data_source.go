package connectedaccount

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var _ datasource.DataSourceWithConfigure = (*connectedAccountDataSource)(nil)

type connectedAccountDataSource struct {
	provider *shared.ProviderData
}

func NewDataSource() datasource.DataSource { return &connectedAccountDataSource{} }

func (d *connectedAccountDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_connected_account"
}

func (d *connectedAccountDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	attributes := itemAttributes()
	attributes[attrConnectedAccountID] = schema.StringAttribute{
		Description: "The ID of the connected account to read.", Required: true,
		Validators: []validator.String{stringvalidator.LengthAtLeast(1)},
	}
	resp.Schema = schema.Schema{
		Description: "Reads a Seam connected account (an end user's account at a device provider, connected through a " +
			"Connect Webview) by `connected_account_id`.",
		Attributes: attributes,
	}
}

func (d *connectedAccountDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	d.provider = pd
}

func (d *connectedAccountDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m accountItem
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := d.provider.Seam(ctx, "data."+descriptor.TypeName)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := m.ConnectedAccountID.ValueString()
	asked := shared.Asked{Object: descriptor, At: path.Root(attrConnectedAccountID),
		What: fmt.Sprintf("%s %q", attrConnectedAccountID, id), Source: d.provider.CredentialSource}
	account, err := client.GetConnectedAccount(ctx, id)
	account, bad := shared.Answered(asked, account, err, func(a *seam.ConnectedAccount) bool { return a.ConnectedAccountID == id },
		func(a *seam.ConnectedAccount) string { return a.ConnectedAccountID })
	if bad != nil {
		resp.Diagnostics.Append(bad)
		return
	}
	resp.Diagnostics.Append(m.fill(ctx, account)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
