// Package shared holds what every Seam object's data sources and resources use: the
// configured client (ProviderData), the wording of the client's errors, validators and the
// log adapter. It knows no object of its own.
package shared

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// ProviderData is what Configure hands to data sources and resources: one client shared by
// every call, and where its credential came from, for messages. With no credential at all,
// client is nil and missingCredential says why, at the first call that needs Seam: a
// configuration can then still be validated, and destroyed with -refresh=false.
type ProviderData struct {
	Client            *seam.Client
	CredentialSource  Source
	MissingCredential diag.Diagnostic

	keys      keyHolds
	fallbacks fallbackClaims
}

// ProviderDataFrom checks the value the framework passes to Configure; it is nil
// before the provider is configured, during validation.
func ProviderDataFrom(v any) (*ProviderData, diag.Diagnostics) {
	var diags diag.Diagnostics
	if v == nil {
		return nil, diags
	}
	pd, ok := v.(*ProviderData)
	if !ok {
		diags.AddError("Unexpected provider data",
			fmt.Sprintf("Expected *shared.ProviderData, got %T. This is a bug in the provider; please report it.", v))
	}
	return pd, diags
}

// Seam is the one way to the client: it checks that there is one, and returns the context
// that every call and every log entry of it must use, with the credential and tokens masked.
func (pd *ProviderData) Seam(ctx context.Context, object string) (context.Context, *seam.Client, diag.Diagnostics) {
	var diags diag.Diagnostics
	switch {
	case pd == nil:
		diags.AddError("Seam provider not configured",
			fmt.Sprintf("The provider was not configured before %s needed it. This is a bug in the provider or Terraform; please report it.", object))
		return ctx, nil, diags
	case pd.Client == nil:
		diags.Append(pd.MissingCredential)
		return ctx, nil, diags
	}
	return pd.LogContext(ctx), pd.Client, diags
}

// LogContext masks the credential, and anything shaped like a Seam token, in every entry
// logged with the returned context: by the provider and by the client's subsystem.
func (pd *ProviderData) LogContext(ctx context.Context) context.Context {
	secrets := pd.Client.Secrets()
	pattern := seam.TokenPattern()
	ctx = tflog.MaskMessageStrings(ctx, secrets...)
	ctx = tflog.MaskAllFieldValuesStrings(ctx, secrets...)
	ctx = tflog.MaskMessageRegexes(ctx, pattern)
	ctx = tflog.MaskAllFieldValuesRegexes(ctx, pattern)
	ctx = tflog.NewSubsystem(ctx, LogSubsystem)
	ctx = tflog.SubsystemMaskMessageStrings(ctx, LogSubsystem, secrets...)
	ctx = tflog.SubsystemMaskAllFieldValuesStrings(ctx, LogSubsystem, secrets...)
	ctx = tflog.SubsystemMaskMessageRegexes(ctx, LogSubsystem, pattern)
	ctx = tflog.SubsystemMaskAllFieldValuesRegexes(ctx, LogSubsystem, pattern)
	return ctx
}
