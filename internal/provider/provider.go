// Package provider is the Seam provider itself: its schema, its configuration (the provider
// block merged over the environment into one Seam client), and the registration of each
// Seam object's package. It holds no object of its own.
package provider

import (
	"context"
	"fmt"
	"os"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/seamapi/terraform-provider-seam/internal/accessgrant"
	"github.com/seamapi/terraform-provider-seam/internal/clientsession"
	"github.com/seamapi/terraform-provider-seam/internal/climatepreset"
	"github.com/seamapi/terraform-provider-seam/internal/connectedaccount"
	"github.com/seamapi/terraform-provider-seam/internal/connectwebview"
	"github.com/seamapi/terraform-provider-seam/internal/device"
	"github.com/seamapi/terraform-provider-seam/internal/noisethreshold"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
	"github.com/seamapi/terraform-provider-seam/internal/space"
	"github.com/seamapi/terraform-provider-seam/internal/useridentity"
	"github.com/seamapi/terraform-provider-seam/internal/webhook"
)

var (
	_ provider.Provider                       = (*seamProvider)(nil)
	_ provider.ProviderWithEphemeralResources = (*seamProvider)(nil)
	_ provider.ProviderWithListResources      = (*seamProvider)(nil)
)

type seamProvider struct {
	version string
	getenv  func(string) string
}

// New returns the provider factory for version, as providerserver expects.
func New(version string) func() provider.Provider {
	return func() provider.Provider {
		return &seamProvider{version: version, getenv: os.Getenv}
	}
}

func (p *seamProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "seam"
	resp.Version = p.version
}

func (p *seamProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	nonEmpty := []validator.String{stringvalidator.LengthAtLeast(1)}
	resp.Schema = schema.Schema{
		Description: "Manages and reads Seam client sessions, user identities, Connect Webviews, webhooks, spaces and " +
			"access grants, and reads devices and connected accounts, so that their tokens and IDs can configure other " +
			"resources; configures fleets of devices: noise thresholds on noise sensors and climate presets on " +
			"thermostats, waiting for each device to carry the change out. " +
			"Authenticate with exactly one of an API key, a personal access token with a workspace ID, " +
			"or a client session token; each argument falls back to its environment variable.",
		Attributes: map[string]schema.Attribute{
			shared.SettingAPIKey.Attr: schema.StringAttribute{
				Description: "A Seam API key (`seam_...`). Falls back to `SEAM_API_KEY`.",
				Optional:    true,
				Sensitive:   true,
				Validators:  nonEmpty,
			},
			shared.SettingPersonalAccessToken.Attr: schema.StringAttribute{
				Description: "A Seam personal access token (`seam_at...`); needs `workspace_id`. " +
					"Falls back to `SEAM_PERSONAL_ACCESS_TOKEN`.",
				Optional:   true,
				Sensitive:  true,
				Validators: nonEmpty,
			},
			shared.SettingWorkspaceID.Attr: schema.StringAttribute{
				Description: "The workspace a personal access token acts in. Used only with a personal access token, " +
					"wherever the token comes from; falls back to `SEAM_WORKSPACE_ID` whenever the credential is a personal access token.",
				Optional:   true,
				Validators: nonEmpty,
			},
			shared.SettingClientSessionToken.Attr: schema.StringAttribute{
				Description: "A Seam client session token (`seam_cst...`). With it, `seam_client_session` may omit " +
					"both lookup keys and reads the token's own session. Falls back to `SEAM_CLIENT_SESSION_TOKEN`.",
				Optional:   true,
				Sensitive:  true,
				Validators: nonEmpty,
			},
			shared.SettingEndpoint.Attr: schema.StringAttribute{
				Description: "The Seam API's base URL, `https://connect.getseam.com` by default. Plain `http` is " +
					"accepted only for loopback hosts. Falls back to `SEAM_ENDPOINT`, then to the deprecated `SEAM_API_URL`.",
				Optional:   true,
				Validators: nonEmpty,
			},
			shared.SettingMaxRetries.Attr: schema.NumberAttribute{
				Description: fmt.Sprintf("How many times a failed request is retried (transport errors, HTTP 429 and 5xx "+
					"but 501), with exponential backoff that honours `Retry-After` up to %.0f seconds. 0 turns retries off. "+
					"From 0 to %d; default %d. Falls back to `SEAM_MAX_RETRIES`.",
					seam.DefaultMaxRetryAfter.Seconds(), maxMaxRetries, seam.DefaultMaxRetries),
				Optional:   true,
				Validators: []validator.Number{wholeNumberBetween(0, maxMaxRetries)},
			},
			shared.SettingRequestTimeout.Attr: schema.StringAttribute{
				CustomType: shared.DurationType{},
				Description: fmt.Sprintf("How long one attempt may take, as a Go duration such as `\"30s\"` or `\"2m\"`; "+
					"retries get their own. Above zero and at most %.0f minutes; default `\"%.0fs\"`. Falls back to `SEAM_REQUEST_TIMEOUT`.",
					maxRequestTimeout.Minutes(), seam.DefaultRequestTimeout.Seconds()),
				Optional:   true,
				Validators: []validator.String{shared.DurationBetween(0, maxRequestTimeout)},
			},
		},
	}
}

func (p *seamProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	var model providerModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &model)...)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(model.unknownValues()...)
	if resp.Diagnostics.HasError() {
		return
	}
	cfg, diags := resolveConfig(model, p.getenv)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	data := &shared.ProviderData{CredentialSource: cfg.credentialSource, MissingCredential: cfg.missingCredential}
	if cfg.missingCredential == nil {
		client, err := seam.New(seam.Config{
			Endpoint:       cfg.endpoint,
			Credential:     cfg.credential,
			UserAgent:      p.userAgent(req.TerraformVersion),
			MaxRetries:     cfg.maxRetries,
			RequestTimeout: cfg.requestTimeout,
			Logger:         shared.TFLogLogger{},
		})
		if err != nil {
			resp.Diagnostics.AddError("Cannot build the Seam client", err.Error())
			return
		}
		data.Client = client
		tflog.Debug(data.LogContext(ctx), "Configured the Seam client", map[string]any{
			"endpoint":          cfg.endpoint,
			"credential_kind":   cfg.credential.Kind().String(),
			"credential_source": cfg.credentialSource.String(),
			"max_retries":       cfg.maxRetries,
			"request_timeout":   cfg.requestTimeout.String(),
		})
	} else {
		tflog.Debug(ctx, "No Seam credential; the first call that needs Seam will say so")
	}
	resp.DataSourceData, resp.EphemeralResourceData, resp.ResourceData, resp.ListResourceData = data, data, data, data
}

func (p *seamProvider) userAgent(terraformVersion string) string {
	return fmt.Sprintf("terraform-provider-seam/%s (+https://registry.terraform.io/providers/seamapi/seam) Terraform/%s",
		p.version, terraformVersion)
}

// objects are the Seam objects the provider manages, one package each.
var objects = []shared.Object{
	clientsession.Object,
	useridentity.Object,
	connectwebview.Object,
	webhook.Object,
	device.Object,
	connectedaccount.Object,
	space.Object,
	accessgrant.Object,
	noisethreshold.Object,
	climatepreset.Object,
}

// Objects are the Seam objects the provider registers: the tests' tables are built from them,
// so that none can be left out.
func Objects() []shared.Object { return objects }

func (p *seamProvider) Resources(context.Context) []func() resource.Resource {
	var out []func() resource.Resource
	for _, o := range objects {
		out = append(out, o.Resources...)
	}
	return out
}

func (p *seamProvider) DataSources(context.Context) []func() datasource.DataSource {
	var out []func() datasource.DataSource
	for _, o := range objects {
		out = append(out, o.DataSources...)
	}
	return out
}

func (p *seamProvider) EphemeralResources(context.Context) []func() ephemeral.EphemeralResource {
	var out []func() ephemeral.EphemeralResource
	for _, o := range objects {
		out = append(out, o.EphemeralResources...)
	}
	return out
}

func (p *seamProvider) ListResources(context.Context) []func() list.ListResource {
	var out []func() list.ListResource
	for _, o := range objects {
		out = append(out, o.ListResources...)
	}
	return out
}
