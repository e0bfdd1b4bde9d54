package connectwebview

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/boolplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/mapplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// Seam has no update route for Connect Webviews: every argument replaces the webview. Left
// out, an argument holds Seam's value (or default) and is not managed.
const replaces = " Changing it replaces the Connect Webview (Seam has no update route). Left out, Seam's value is kept and not managed."

var nonEmpty = []validator.String{stringvalidator.LengthAtLeast(1)}

func (r *connectWebviewResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	stable := []planmodifier.String{stringplanmodifier.UseStateForUnknown()}
	stringArg := []planmodifier.String{stringplanmodifier.UseStateForUnknown(), stringplanmodifier.RequiresReplace()}
	setArg := []planmodifier.Set{setplanmodifier.UseStateForUnknown(), setplanmodifier.RequiresReplace()}
	boolArg := []planmodifier.Bool{boolplanmodifier.UseStateForUnknown(), boolplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		Description: "Creates and manages a Seam Connect Webview: the page (`url`) on which an end user logs in to their " +
			"device provider and so connects their account. Seam has no update route: any change to an argument replaces " +
			"the webview. The end user's login changes `status`, `login_successful`, `connected_account_id`, " +
			"`selected_provider` and `authorized_at` on Seam's side; that is read, never planned as a change.",
		Attributes: map[string]schema.Attribute{
			attrID: schema.StringAttribute{
				Description: "The Connect Webview's ID, the same as `connect_webview_id`.", Computed: true, PlanModifiers: stable,
			},
			attrConnectWebviewID: schema.StringAttribute{
				Description: "The Connect Webview's ID: what `seam_client_session`'s `connect_webview_ids` take.",
				Computed:    true, PlanModifiers: stable,
			},
			attrAcceptedProviders: schema.SetAttribute{
				Description: "The device providers the end user may choose from, by key (such as `august`), instead of " +
					"`provider_category`." + replaces,
				ElementType: types.StringType, Optional: true, Computed: true, PlanModifiers: setArg,
			},
			attrProviderCategory: schema.StringAttribute{
				Description: "The category of providers to offer, such as `stable` or `consumer_smartlocks`. Seam's object " +
					"does not hold it: the state keeps what was configured. Changing it replaces the Connect Webview; on a " +
					"webview imported (or made before the provider recorded it), the configured value is taken into the state " +
					"in place, as the provider cannot know what it was made with.",
				Optional: true, Validators: nonEmpty, PlanModifiers: []planmodifier.String{shared.ReplaceUnlessUnrecorded{}},
			},
			attrAcceptedCapabilities: schema.SetAttribute{
				Description: "The device capabilities (such as `lock` or `thermostat`) that restrict which devices may be " +
					"connected." + replaces,
				ElementType: types.StringType, Optional: true, Computed: true, PlanModifiers: setArg,
			},
			attrCustomRedirectURL: schema.StringAttribute{
				Description: "Where the end user goes after logging in." + replaces,
				Optional:    true, Computed: true, Validators: nonEmpty, PlanModifiers: stringArg,
			},
			attrCustomRedirectFailureURL: schema.StringAttribute{
				Description: "Where the end user goes after an error; Seam falls back to `custom_redirect_url`." + replaces,
				Optional:    true, Computed: true, Validators: nonEmpty, PlanModifiers: stringArg,
			},
			attrCustomerKey: schema.StringAttribute{
				Description: "The customer the webview, and the account connected through it, belong to." + replaces,
				Optional:    true, Computed: true, Validators: nonEmpty, PlanModifiers: stringArg,
			},
			attrCustomMetadata: schema.MapAttribute{
				Description: "Your own key-value pairs (values up to 500 characters), copied to the connected account." + replaces,
				ElementType: types.StringType, Optional: true, Computed: true,
				PlanModifiers: []planmodifier.Map{mapplanmodifier.UseStateForUnknown(), mapplanmodifier.RequiresReplace()},
			},
			attrAutomaticallyManageNewDevices: schema.BoolAttribute{
				Description: "Whether devices added to the connected account later become managed devices." + replaces,
				Optional:    true, Computed: true, PlanModifiers: boolArg,
			},
			attrWaitForDeviceCreation: schema.BoolAttribute{
				Description: "Whether Seam finishes syncing the account's devices before the webview completes." + replaces,
				Optional:    true, Computed: true, PlanModifiers: boolArg,
			},
			attrDeviceSelectionMode: schema.StringAttribute{
				Description: "Whether the end user picks devices: `none`, `single` or `multiple`." + replaces,
				Optional:    true, Computed: true, PlanModifiers: stringArg,
				Validators: []validator.String{stringvalidator.OneOf("none", "single", "multiple")},
			},
			attrExcludedProviders: schema.SetAttribute{
				Description: "Device providers not to show, by key. Seam's object does not hold it: the state keeps what was " +
					"configured. Changing it replaces the Connect Webview; on a webview imported (or made before the provider " +
					"recorded it), the configured value is taken into the state in place, as for `provider_category`.",
				ElementType: types.StringType, Optional: true,
				PlanModifiers: []planmodifier.Set{shared.ReplaceUnlessUnrecorded{}},
			},
			attrURL: schema.StringAttribute{
				Description: "The page to send the end user to. Sensitive: it carries an `auth_token`, so anyone with it can " +
					"connect an account to the workspace; hand it to the end user through a secret channel.",
				Computed: true, Sensitive: true, PlanModifiers: stable,
			},
			// The end user's login changes these on Seam's side: read at each refresh, and
			// kept as read through the one update there is (taking in unrecorded arguments).
			attrStatus: schema.StringAttribute{
				Description: "`pending` until the end user logs in, then `authorized` (or `failed`).", Computed: true, PlanModifiers: stable,
			},
			attrLoginSuccessful: schema.BoolAttribute{
				Description: "Whether the end user has logged in successfully.", Computed: true,
				PlanModifiers: []planmodifier.Bool{boolplanmodifier.UseStateForUnknown()},
			},
			attrConnectedAccountID: schema.StringAttribute{
				Description: "The account the end user connected, or null before the login.", Computed: true, PlanModifiers: stable,
			},
			attrSelectedProvider: schema.StringAttribute{
				Description: "The device provider the end user chose, or null.", Computed: true, PlanModifiers: stable,
			},
			attrAuthorizedAt: schema.StringAttribute{
				Description: "When the end user logged in, in RFC 3339 format, or null.", CustomType: instant.Type{}, Computed: true,
				PlanModifiers: stable,
			},
			attrCreatedAt: schema.StringAttribute{
				Description: "When the webview was created, in RFC 3339 format.", CustomType: instant.Type{}, Computed: true, PlanModifiers: stable,
			},
			attrWorkspaceID: schema.StringAttribute{
				Description: "The ID of the workspace the webview belongs to.", Computed: true, PlanModifiers: stable,
			},
			attrAcceptedDevices: schema.SetAttribute{
				Description: "Deprecated by Seam: use `accepted_capabilities`.", ElementType: types.StringType, Computed: true,
				PlanModifiers: []planmodifier.Set{setplanmodifier.UseStateForUnknown()},
			},
			attrAnyDeviceAllowed: schema.BoolAttribute{
				Description: "Deprecated by Seam: whether any device may be connected.", Computed: true,
				PlanModifiers: []planmodifier.Bool{boolplanmodifier.UseStateForUnknown()},
			},
			attrAnyProviderAllowed: schema.BoolAttribute{
				Description: "Whether any device provider may be chosen.", Computed: true,
				PlanModifiers: []planmodifier.Bool{boolplanmodifier.UseStateForUnknown()},
			},
		},
	}
}
