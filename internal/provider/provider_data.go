package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// providerData is what Configure hands to data sources and ephemeral resources:
// one client shared by every read, and where its credential came from, for messages.
type providerData struct {
	client           *seam.Client
	credentialSource source
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

// logContext masks the credential, and anything shaped like a Seam token, in every entry
// logged with the returned context: by the provider and by the client's "seam" subsystem.
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
