package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// providerData is what Configure hands to data sources and resources: one client shared by
// every call, and where its credential came from, for messages. With no credential at all,
// client is nil and missingCredential says why, at the first call that needs Seam: a
// configuration can then still be validated, and destroyed with -refresh=false.
type providerData struct {
	client            *seam.Client
	credentialSource  source
	missingCredential diag.Diagnostic
}

// providerDataFrom checks the value the framework passes to Configure; it is nil
// before the provider is configured, during validation.
func providerDataFrom(v any) (*providerData, diag.Diagnostics) {
	var diags diag.Diagnostics
	if v == nil {
		return nil, diags
	}
	pd, ok := v.(*providerData)
	if !ok {
		diags.AddError("Unexpected provider data",
			fmt.Sprintf("Expected *providerData, got %T. This is a bug in the provider; please report it.", v))
	}
	return pd, diags
}

// seam is the one way to the client: it checks that there is one, and returns the context
// that every call and every log entry of it must use, with the credential and tokens masked.
func (pd *providerData) seam(ctx context.Context, object string) (context.Context, *seam.Client, diag.Diagnostics) {
	var diags diag.Diagnostics
	switch {
	case pd == nil:
		diags.AddError("Seam provider not configured",
			fmt.Sprintf("The provider was not configured before %s needed it. This is a bug in the provider or Terraform; please report it.", object))
		return ctx, nil, diags
	case pd.client == nil:
		diags.Append(pd.missingCredential)
		return ctx, nil, diags
	}
	return pd.logContext(ctx), pd.client, diags
}

// logContext masks the credential, and anything shaped like a Seam token, in every entry
// logged with the returned context: by the provider and by the client's subsystem.
func (pd *providerData) logContext(ctx context.Context) context.Context {
	secrets := pd.client.Secrets()
	pattern := seam.TokenPattern()
	ctx = tflog.MaskMessageStrings(ctx, secrets...)
	ctx = tflog.MaskAllFieldValuesStrings(ctx, secrets...)
	ctx = tflog.MaskMessageRegexes(ctx, pattern)
	ctx = tflog.MaskAllFieldValuesRegexes(ctx, pattern)
	ctx = tflog.NewSubsystem(ctx, logSubsystem)
	ctx = tflog.SubsystemMaskMessageStrings(ctx, logSubsystem, secrets...)
	ctx = tflog.SubsystemMaskAllFieldValuesStrings(ctx, logSubsystem, secrets...)
	ctx = tflog.SubsystemMaskMessageRegexes(ctx, logSubsystem, pattern)
	ctx = tflog.SubsystemMaskAllFieldValuesRegexes(ctx, logSubsystem, pattern)
	return ctx
}
