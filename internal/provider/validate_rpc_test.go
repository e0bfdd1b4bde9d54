package provider_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/seamapi/terraform-provider-seam/internal/provider"
)

// A bad max_retries or request_timeout gets exactly one diagnostic, on its attribute, that
// says what is needed: no message meant for provider developers, no second error.
func TestProvider_validateGivesOneClearErrorPerBadSetting(t *testing.T) {
	cases := []struct {
		name  string
		attr  string
		value tftypes.Value
		want  string
	}{
		{"max_retries of 1.5", "max_retries", tftypes.NewValue(tftypes.Number, big.NewFloat(1.5)), "max_retries is 1.5; it must be a whole number from 0 to 10."},
		{"max_retries beyond int64", "max_retries", tftypes.NewValue(tftypes.Number, new(big.Float).SetFloat64(1e30)), "max_retries is 1e+30; it must be a whole number from 0 to 10."},
		{"max_retries of -1", "max_retries", tftypes.NewValue(tftypes.Number, big.NewFloat(-1)), "max_retries is -1; it must be a whole number from 0 to 10."},
		{"request_timeout of abc", "request_timeout", tftypes.NewValue(tftypes.String, "abc"), `request_timeout is "abc"; it must be a Go duration such as "30s" or "2m", above 0s and at most 10m0s.`},
		{"request_timeout of 11m", "request_timeout", tftypes.NewValue(tftypes.String, "11m"), `request_timeout is "11m"; it must be a Go duration`},
	}
	server, err := providerserver.NewProtocol6WithError(provider.New("test")())()
	if err != nil {
		t.Fatal(err)
	}
	schema, err := server.GetProviderSchema(t.Context(), &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		t.Fatal(err)
	}
	objectType, ok := schema.Provider.ValueType().(tftypes.Object)
	if !ok {
		t.Fatalf("the provider schema's type is %T", schema.Provider.ValueType())
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			values := map[string]tftypes.Value{}
			for name, typ := range objectType.AttributeTypes {
				values[name] = tftypes.NewValue(typ, nil)
			}
			values[tc.attr] = tc.value
			config, err := tfprotov6.NewDynamicValue(objectType, tftypes.NewValue(objectType, values))
			if err != nil {
				t.Fatal(err)
			}
			resp, err := server.ValidateProviderConfig(t.Context(), &tfprotov6.ValidateProviderConfigRequest{Config: &config})
			if err != nil {
				t.Fatal(err)
			}
			if len(resp.Diagnostics) != 1 {
				for _, d := range resp.Diagnostics {
					t.Logf("%s: %s", d.Summary, d.Detail)
				}
				t.Fatalf("got %d diagnostics, want exactly one", len(resp.Diagnostics))
			}
			d := resp.Diagnostics[0]
			if d.Severity != tfprotov6.DiagnosticSeverityError || !strings.Contains(d.Detail, tc.want) || d.Attribute == nil {
				t.Errorf("diagnostic %q: %q on %v; want an error on %s containing %q", d.Summary, d.Detail, d.Attribute, tc.attr, tc.want)
			}
			if strings.Contains(d.Detail, `\n`) || strings.Contains(d.Detail, "provider developer") {
				t.Errorf("the detail is meant for developers or holds escapes: %q", d.Detail)
			}
		})
	}
}
