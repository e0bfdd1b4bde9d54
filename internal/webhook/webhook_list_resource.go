package webhook

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var _ list.ListResourceWithConfigure = (*webhookListResource)(nil)

// webhookListResource finds webhooks for `terraform query` (Terraform 1.14+).
type webhookListResource struct {
	provider *shared.ProviderData
}

func NewListResource() list.ListResource { return &webhookListResource{} }

func (l *webhookListResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_webhook"
}

func (l *webhookListResource) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	resp.Schema = listschema.Schema{
		Description: "Finds the workspace's webhooks for `terraform query`, to adopt with import blocks. The secret is " +
			"never in the results: `terraform query -json` prints them in clear; it is read once the webhook is imported.",
		Attributes: map[string]listschema.Attribute{},
	}
}

func (l *webhookListResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	pd, diags := shared.ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	l.provider = pd
}

func (l *webhookListResource) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	ctx, client, diags := l.provider.Seam(ctx, "list."+resourceType)
	if diags.HasError() {
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	hooks, err := client.ListWebhooks(ctx)
	if err != nil {
		diags.Append(shared.APIErrorDiagnostic("Listing webhooks", err, l.provider.CredentialSource))
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	stream.Results = shared.ListResults(req, hooks, func(item *seam.Webhook) list.ListResult { return result(ctx, req, item) })
}

func result(ctx context.Context, req list.ListRequest, w *seam.Webhook) list.ListResult {
	r := req.NewListResult(ctx)
	r.DisplayName = w.URL
	r.Diagnostics.Append(shared.SetIdentity(ctx, r.Identity, descriptor, w.WebhookID)...)
	if req.IncludeResource {
		// With ["*"] for every event, as an import reads it, so that generated configuration plans no change.
		var m webhookModel
		r.Diagnostics.Append(m.fill(ctx, w, coversEveryEvent(w.EventTypes, nil))...)
		m.Secret = types.StringNull()
		r.Diagnostics.Append(r.Resource.Set(ctx, &m)...)
	}
	return r
}
