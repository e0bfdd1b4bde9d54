package connectedaccount

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var _ datasource.DataSourceWithConfigure = (*connectedAccountsDataSource)(nil)

type connectedAccountsDataSource struct {
	provider *shared.ProviderData
}

func NewListDataSource() datasource.DataSource { return &connectedAccountsDataSource{} }

// connectedAccountsModel is seam_connected_accounts' configuration and state.
type connectedAccountsModel struct {
	ID                  types.String  `tfsdk:"id"`
	CustomerKey         types.String  `tfsdk:"customer_key"`
	UserIdentifierKey   types.String  `tfsdk:"user_identifier_key"`
	Search              types.String  `tfsdk:"search"`
	ConnectedAccounts   []accountItem `tfsdk:"connected_accounts"`
	ConnectedAccountIDs types.List    `tfsdk:"connected_account_ids"`
}

func (d *connectedAccountsDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_connected_accounts"
}

func (d *connectedAccountsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	filter := func(description string) schema.StringAttribute {
		return schema.StringAttribute{Description: description, Optional: true, Validators: []validator.String{stringvalidator.LengthAtLeast(1)}}
	}
	resp.Schema = schema.Schema{
		Description: "Lists the workspace's Seam connected accounts that match every filter given (`/connected_accounts/list`).",
		Attributes: map[string]schema.Attribute{
			"id":                  schema.StringAttribute{Description: "A digest of the filters: the same filters, the same ID.", Computed: true},
			"customer_key":        filter("Only accounts of this customer."),
			"user_identifier_key": filter("Only accounts of the end user your app knows by this key."),
			"search":              filter("Only accounts whose ID, provider, customer key, metadata or login contains this text."),
			"connected_accounts": schema.ListNestedAttribute{
				Description: "The connected accounts that match, in Seam's order.", Computed: true,
				NestedObject: schema.NestedAttributeObject{Attributes: itemAttributes()},
			},
			"connected_account_ids": schema.ListAttribute{
				Description: "The IDs of the accounts that match, in the order of `connected_accounts`.",
				ElementType: types.StringType, Computed: true,
			},
		},
	}
}

func (d *connectedAccountsDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	d.provider = pd
}

func (d *connectedAccountsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m connectedAccountsModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := d.provider.Seam(ctx, "data.seam_connected_accounts")
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	filter := seam.ConnectedAccountFilter{CustomerKey: m.CustomerKey.ValueString(), UserIdentifierKey: m.UserIdentifierKey.ValueString(),
		Search: m.Search.ValueString()}
	accounts, err := client.ListConnectedAccounts(ctx, filter)
	if err != nil {
		resp.Diagnostics.Append(shared.APIErrorDiagnostic("Listing connected accounts", err, d.provider.CredentialSource))
		return
	}
	m.ConnectedAccounts = make([]accountItem, len(accounts))
	ids := make([]string, len(accounts))
	for i := range accounts {
		resp.Diagnostics.Append(m.ConnectedAccounts[i].fill(ctx, &accounts[i])...)
		ids[i] = accounts[i].ConnectedAccountID
	}
	m.ConnectedAccountIDs, diags = types.ListValueFrom(ctx, types.StringType, ids)
	resp.Diagnostics.Append(diags...)
	m.ID = types.StringValue(shared.FilterID(filter))
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
