package webhook

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var _ datasource.DataSourceWithConfigure = (*webhookDataSource)(nil)

type webhookDataSource struct {
	provider *shared.ProviderData
}

func NewDataSource() datasource.DataSource { return &webhookDataSource{} }

func (d *webhookDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_webhook"
}

func (d *webhookDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		Description: "Reads a Seam webhook by `webhook_id`, its secret included (stored in the state, marked sensitive).",
		Attributes: map[string]schema.Attribute{
			attrID: schema.StringAttribute{Description: "The webhook's ID, the same as `webhook_id`.", Computed: true},
			attrWebhookID: schema.StringAttribute{
				Description: "The ID of the webhook to read.", Required: true,
				Validators: []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			attrURL:        schema.StringAttribute{Description: "The endpoint Seam posts events to.", Computed: true},
			attrEventTypes: schema.SetAttribute{Description: "The event types the webhook receives.", ElementType: types.StringType, Computed: true},
			attrSecret: schema.StringAttribute{
				Description: "The secret that signs the events Seam sends.", Computed: true, Sensitive: true,
			},
		},
	}
}

func (d *webhookDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	d.provider = pd
}

func (d *webhookDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var model webhookModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &model)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := d.provider.Seam(ctx, "data."+resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := model.WebhookID.ValueString()
	asked := shared.Asked{Object: descriptor, At: path.Root(attrWebhookID), What: fmt.Sprintf("%s %q", attrWebhookID, id),
		Source: d.provider.CredentialSource}
	hook, err := client.GetWebhook(ctx, id)
	hook, bad := shared.Answered(asked, hook, err, func(w *seam.Webhook) bool { return w.WebhookID == id }, webhookID)
	if bad != nil {
		resp.Diagnostics.Append(bad)
		return
	}
	resp.Diagnostics.Append(model.fill(ctx, hook, false)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &model)...)
}
