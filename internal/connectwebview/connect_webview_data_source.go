package connectwebview

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var _ datasource.DataSourceWithConfigure = (*connectWebviewDataSource)(nil)

type connectWebviewDataSource struct {
	provider *shared.ProviderData
}

func NewDataSource() datasource.DataSource { return &connectWebviewDataSource{} }

func (d *connectWebviewDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_connect_webview"
}

func (d *connectWebviewDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	str := func(description string) schema.StringAttribute {
		return schema.StringAttribute{Description: description, Computed: true}
	}
	strs := func(description string) schema.SetAttribute {
		return schema.SetAttribute{Description: description, ElementType: types.StringType, Computed: true}
	}
	boolean := func(description string) schema.BoolAttribute {
		return schema.BoolAttribute{Description: description, Computed: true}
	}
	timestamp := func(description string) schema.StringAttribute {
		return schema.StringAttribute{Description: description, CustomType: instant.Type{}, Computed: true}
	}
	resp.Schema = schema.Schema{
		Description: "Reads a Seam Connect Webview by `connect_webview_id`: its `url`, and whether the end user has " +
			"logged in through it (`status`, `connected_account_id`).",
		Attributes: map[string]schema.Attribute{
			attrID: str("The Connect Webview's ID, the same as `connect_webview_id`."),
			attrConnectWebviewID: schema.StringAttribute{
				Description: "The ID of the Connect Webview to read.", Required: true, Validators: nonEmpty,
			},
			attrAcceptedProviders:             strs("The device providers the end user may choose from, by key."),
			attrAcceptedCapabilities:          strs("The device capabilities that restrict which devices may be connected."),
			attrCustomRedirectURL:             str("Where the end user goes after logging in, or null."),
			attrCustomRedirectFailureURL:      str("Where the end user goes after an error, or null."),
			attrCustomerKey:                   str("The customer the webview belongs to, or null."),
			attrCustomMetadata:                schema.MapAttribute{Description: "The creator's key-value pairs.", ElementType: types.StringType, Computed: true},
			attrAutomaticallyManageNewDevices: boolean("Whether devices added to the connected account later become managed devices."),
			attrWaitForDeviceCreation:         boolean("Whether Seam finishes syncing the account's devices before the webview completes."),
			attrDeviceSelectionMode:           str("Whether the end user picks devices: `none`, `single` or `multiple`."),
			attrURL: schema.StringAttribute{
				Description: "The page to send the end user to. Sensitive: it carries an `auth_token`, so anyone with it can " +
					"connect an account to the workspace.", Computed: true, Sensitive: true,
			},
			attrStatus:             str("`pending` until the end user logs in, then `authorized` (or `failed`)."),
			attrLoginSuccessful:    boolean("Whether the end user has logged in successfully."),
			attrConnectedAccountID: str("The account the end user connected, or null before the login."),
			attrSelectedProvider:   str("The device provider the end user chose, or null."),
			attrAuthorizedAt:       timestamp("When the end user logged in, in RFC 3339 format, or null."),
			attrCreatedAt:          timestamp("When the webview was created, in RFC 3339 format."),
			attrWorkspaceID:        str("The ID of the workspace the webview belongs to."),
			attrAcceptedDevices:    strs("Deprecated by Seam: use `accepted_capabilities`."),
			attrAnyDeviceAllowed:   boolean("Deprecated by Seam: whether any device may be connected."),
			attrAnyProviderAllowed: boolean("Whether any device provider may be chosen."),
		},
	}
}

func (d *connectWebviewDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	d.provider = pd
}

func (d *connectWebviewDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var model connectWebviewModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &model)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := d.provider.Seam(ctx, "data."+resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := model.ConnectWebviewID.ValueString()
	asked := shared.Asked{Object: descriptor, At: path.Root(attrConnectWebviewID), What: fmt.Sprintf("%s %q", attrConnectWebviewID, id),
		Source: d.provider.CredentialSource}
	webview, err := client.GetConnectWebview(ctx, id)
	webview, bad := shared.Answered(asked, webview, err, func(w *seam.ConnectWebview) bool { return w.ConnectWebviewID == id }, webviewID)
	if bad != nil {
		resp.Diagnostics.Append(bad)
		return
	}
	resp.Diagnostics.Append(model.fill(ctx, webview)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &model)...)
}
