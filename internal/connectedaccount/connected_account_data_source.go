package connectedaccount

import (
	"context"
	"errors"
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
	ctx, client, diags := d.provider.Seam(ctx, "data.seam_connected_account")
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := m.ConnectedAccountID.ValueString()
	asked, at := fmt.Sprintf("%s %q", attrConnectedAccountID, id), path.Root(attrConnectedAccountID)
	account, err := client.GetConnectedAccount(ctx, id)
	var notFound *seam.NotFoundError
	switch {
	case errors.As(err, &notFound):
		resp.Diagnostics.Append(shared.NotFoundDiagnostic(at, descriptor, asked, notFound, d.provider.CredentialSource))
		return
	case err != nil:
		resp.Diagnostics.Append(shared.APIErrorDiagnostic("Reading the connected account with "+asked, err, d.provider.CredentialSource))
		return
	case account.ConnectedAccountID != id:
		resp.Diagnostics.Append(shared.DifferentObjectDiagnostic(at, descriptor, asked, fmt.Sprintf("connected account %q", account.ConnectedAccountID)))
		return
	}
	resp.Diagnostics.Append(m.fill(ctx, account)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
