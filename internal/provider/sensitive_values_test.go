package provider_test

import (
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/seamapi/terraform-provider-seam/internal/provider"
)

// badSecrets are values no sensitive argument accepts as they are: a mistyped PIN code, a
// token of the wrong kind, a credential with a newline or a control character, a login URL.
// Each holds a part no message may show.
var badSecrets = []string{
	"8412-7733", "84127733999999", "seam_cst1_walksecret", " seam_walksecret\n", "seam_walk\x01secret",
	"https://connect.example/view?auth_token=walksecret", "",
}

// sensitiveArgument is one sensitive attribute a configuration sets, in one block's schema:
// value makes that block's configuration with the attribute set to v.
type sensitiveArgument struct {
	block, name string
	value       func(v tftypes.Value) tftypes.Value
}

// No validator and no diagnostic on a sensitive attribute quotes its value: every schema's
// sensitive arguments (the provider's credentials, a grant's PIN code, nested ones included)
// are given bad values through the provider server's validation (and, for the provider, its
// configuration), and every diagnostic is searched for them.
func TestSecrets_noDiagnosticQuotesASensitiveValue(t *testing.T) {
	server, err := providerserver.NewProtocol6WithError(provider.New("test")())()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	schemas, err := server.GetProviderSchema(ctx, &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		t.Fatal(err)
	}
	type block struct {
		kind     string
		schema   *tfprotov6.Schema
		validate func(name string, config *tfprotov6.DynamicValue) []*tfprotov6.Diagnostic
	}
	blocks := map[string]block{"provider": {kind: "provider", schema: schemas.Provider,
		validate: func(_ string, config *tfprotov6.DynamicValue) []*tfprotov6.Diagnostic {
			v, _ := server.ValidateProviderConfig(ctx, &tfprotov6.ValidateProviderConfigRequest{Config: config})
			c, _ := server.ConfigureProvider(ctx, &tfprotov6.ConfigureProviderRequest{Config: config})
			return append(v.Diagnostics, c.Diagnostics...)
		}}}
	for name, s := range schemas.ResourceSchemas {
		blocks["resource "+name] = block{"resource", s, func(name string, config *tfprotov6.DynamicValue) []*tfprotov6.Diagnostic {
			r, _ := server.ValidateResourceConfig(ctx, &tfprotov6.ValidateResourceConfigRequest{TypeName: name, Config: config})
			return r.Diagnostics
		}}
	}
	for name, s := range schemas.DataSourceSchemas {
		blocks["data "+name] = block{"data", s, func(name string, config *tfprotov6.DynamicValue) []*tfprotov6.Diagnostic {
			r, _ := server.ValidateDataResourceConfig(ctx, &tfprotov6.ValidateDataResourceConfigRequest{TypeName: name, Config: config})
			return r.Diagnostics
		}}
	}
	for name, s := range schemas.EphemeralResourceSchemas {
		blocks["ephemeral "+name] = block{"ephemeral", s, func(name string, config *tfprotov6.DynamicValue) []*tfprotov6.Diagnostic {
			r, _ := server.ValidateEphemeralResourceConfig(ctx, &tfprotov6.ValidateEphemeralResourceConfigRequest{TypeName: name, Config: config})
			return r.Diagnostics
		}}
	}
	lists, ok := server.(tfprotov6.ListResourceServer)
	if !ok {
		t.Fatalf("the provider server (%T) serves no list resources", server)
	}
	for name, s := range schemas.ListResourceSchemas {
		blocks["list "+name] = block{"list", s, func(name string, config *tfprotov6.DynamicValue) []*tfprotov6.Diagnostic {
			r, _ := lists.ValidateListResourceConfig(ctx, &tfprotov6.ValidateListResourceConfigRequest{TypeName: name, Config: config})
			return r.Diagnostics
		}}
	}

	refused := map[string]bool{}
	checked := 0
	for label, b := range blocks {
		typeName := strings.TrimPrefix(label, b.kind+" ")
		for _, arg := range sensitiveArguments(label, b.schema) {
			for _, bad := range badSecrets {
				checked++
				objectType, ok := b.schema.ValueType().(tftypes.Object)
				if !ok {
					t.Fatalf("%s: the schema's type is %T", label, b.schema.ValueType())
				}
				config, err := tfprotov6.NewDynamicValue(objectType, arg.value(tftypes.NewValue(tftypes.String, bad)))
				if err != nil {
					t.Fatal(err)
				}
				for _, d := range b.validate(typeName, &config) {
					if d.Severity == tfprotov6.DiagnosticSeverityError {
						refused[label+" "+arg.name] = true
					}
					text := d.Summary + "\n" + d.Detail
					for _, part := range []string{bad, "walksecret", "8412", "84127733"} {
						if strings.TrimSpace(part) != "" && strings.Contains(text, strings.TrimSpace(part)) {
							t.Errorf("%s, %s given %q: a diagnostic quotes it: %s: %s", label, arg.name, bad, d.Summary, d.Detail)
						}
					}
				}
			}
		}
	}
	// The walk must reach what it guards: the PIN code and the provider's credentials are
	// sensitive arguments that refuse some of these values.
	for _, want := range []string{"resource seam_access_grant requested_access_methods.code", "provider api_key",
		"provider personal_access_token", "provider client_session_token"} {
		if !refused[want] {
			t.Errorf("%s refused none of the bad values: the walk does not reach it, or it accepts them", want)
		}
	}
	t.Logf("%d bad values given to sensitive arguments", checked)
}

// sensitiveArguments are the sensitive attributes a configuration of s sets, nested ones
// included (given in a one-element list or set, beside siblings left null).
func sensitiveArguments(label string, s *tfprotov6.Schema) []sensitiveArgument {
	var out []sensitiveArgument
	objectType, ok := s.ValueType().(tftypes.Object)
	if !ok {
		return nil
	}
	nulls := func(t tftypes.Object) map[string]tftypes.Value {
		values := map[string]tftypes.Value{}
		for name, typ := range t.AttributeTypes {
			values[name] = tftypes.NewValue(typ, nil)
		}
		return values
	}
	for _, a := range s.Block.Attributes {
		configurable := a.Required || a.Optional
		if a.Sensitive && configurable && a.Type != nil && a.Type.Is(tftypes.String) {
			name := a.Name
			out = append(out, sensitiveArgument{label, name, func(v tftypes.Value) tftypes.Value {
				values := nulls(objectType)
				values[name] = v
				return tftypes.NewValue(objectType, values)
			}})
		}
		if a.NestedType == nil || !configurable {
			continue
		}
		outer := a.Name
		collectionType := a.ValueType()
		itemType := tftypes.Object{AttributeTypes: map[string]tftypes.Type{}}
		for _, inner := range a.NestedType.Attributes {
			itemType.AttributeTypes[inner.Name] = inner.ValueType()
		}
		for _, inner := range a.NestedType.Attributes {
			if !inner.Sensitive || !inner.Required && !inner.Optional || inner.Type == nil || !inner.Type.Is(tftypes.String) {
				continue
			}
			innerName := inner.Name
			out = append(out, sensitiveArgument{label, outer + "." + innerName, func(v tftypes.Value) tftypes.Value {
				item := nulls(itemType)
				item[innerName] = v
				// The code mode, so that validators that look at a sibling run too.
				if mode, ok := item["mode"]; ok && mode.IsNull() {
					item["mode"] = tftypes.NewValue(tftypes.String, "code")
				}
				values := nulls(objectType)
				element := tftypes.NewValue(itemType, item)
				if collectionType.Is(tftypes.List{}) || collectionType.Is(tftypes.Set{}) {
					values[outer] = tftypes.NewValue(collectionType, []tftypes.Value{element})
				} else {
					values[outer] = element
				}
				return tftypes.NewValue(objectType, values)
			}})
		}
	}
	return out
}
