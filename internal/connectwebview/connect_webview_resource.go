package connectwebview

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

var (
	_ resource.ResourceWithIdentity    = (*connectWebviewResource)(nil)
	_ resource.ResourceWithImportState = (*connectWebviewResource)(nil)
)

type connectWebviewResource struct{ shared.ResourceBase }

func NewResource() resource.Resource {
	return &connectWebviewResource{shared.ResourceBase{Object: descriptor, Remove: func(ctx context.Context, client *seam.Client, id string) error {
		return client.DeleteConnectWebview(ctx, id)
	}}}
}

func (r *connectWebviewResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	attrs, diags := attributes.ResourceAttributes()
	resp.Diagnostics.Append(diags...)
	resp.Schema = schema.Schema{
		Description: "Creates and manages a Seam Connect Webview: the page (`url`) on which an end user logs in to their " +
			"device provider and so connects their account. Seam has no update route: any change to an argument replaces " +
			"the webview. The end user's login changes `status`, `login_successful`, `connected_account_id`, " +
			"`selected_provider` and `authorized_at` on Seam's side; that is read, never planned as a change.",
		Attributes: attrs,
	}
}

// Create makes the webview, never two. A webview has no key: the provider lists the
// workspace's webviews first, so that a lost answer is settled by the one new webview that
// matches the request.
func (r *connectWebviewResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	plan := shared.AttrsOf(req.Plan.Raw)
	request := createRequest(plan)
	ctx, client, ok := r.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return
	}
	lost := shared.LostCreate[seam.ConnectWebview]{Object: descriptor, Action: "Creating the Connect Webview",
		Source: r.Provider.CredentialSource, Get: getWebview}
	if d := lost.SettleByNewOne(ctx, client, "with the arguments asked for", listWebviews,
		func(w *seam.ConnectWebview) string { return w.ConnectWebviewID }, madeBy(request)); d != nil {
		resp.Diagnostics.Append(d)
		return
	}
	w, err := client.CreateConnectWebview(ctx, request)
	if err != nil {
		var diags diag.Diagnostics
		w, diags = lost.Settle(ctx, client, err)
		resp.Diagnostics.Append(diags...)
		if w == nil {
			return
		}
	}
	created := choicesOf(w)
	resp.State.Raw = attributes.ResourceValue(keptChoices(w, plan, &created), req.Plan.Raw)
	resp.Diagnostics.Append(recordCreated(ctx, resp.Private, created)...)
	resp.Diagnostics.Append(shared.RecordArguments(ctx, resp.Private)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, w.ConnectWebviewID)...)
}

func (r *connectWebviewResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	if ctx, _, w := shared.ReadObject(ctx, &r.ResourceBase, req, resp, getWebview); w != nil {
		resp.State.Raw = attributes.ResourceValue(keptChoices(w, shared.AttrsOf(req.State.Raw), createdChoices(ctx, req.Private)), req.State.Raw)
	}
}

// Update is planned only to take provider_category or excluded_providers into the state of
// a webview the provider did not make (an import): every other change replaces the webview,
// which Seam cannot update. It keeps the plan, and from then on knows those arguments.
func (r *connectWebviewResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	resp.State.Raw = req.Plan.Raw
	resp.Diagnostics.Append(shared.RecordArguments(ctx, resp.Private)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, shared.AttrsOf(req.Plan.Raw).String(attrID))...)
}

func getWebview(ctx context.Context, client *seam.Client, id string) (*seam.ConnectWebview, error) {
	return client.GetConnectWebview(ctx, id)
}

func listWebviews(ctx context.Context, client *seam.Client) ([]seam.ConnectWebview, error) {
	return client.ListConnectWebviews(ctx, seam.ConnectWebviewFilter{})
}
