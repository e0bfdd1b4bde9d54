package acctest

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/seamapi/terraform-provider-seam/internal/provider"
)

// Protocol is the provider served in the test process and driven by its RPCs, configured
// against a target: for what the machines' Terraform (1.11) cannot drive itself, such as
// import by identity and list resources.
type Protocol struct {
	t       *testing.T
	Server  tfprotov6.ProviderServer
	schemas *tfprotov6.GetProviderSchemaResponse
	ids     *tfprotov6.GetResourceIdentitySchemasResponse
}

// Protocol configures the provider against tg through ConfigureProvider, as Terraform would.
func (tg *Target) Protocol(t *testing.T) *Protocol {
	t.Helper()
	server, err := providerserver.NewProtocol6WithError(provider.New("test")())()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	schemas, err := server.GetProviderSchema(ctx, &tfprotov6.GetProviderSchemaRequest{})
	if err != nil || len(schemas.Diagnostics) > 0 {
		t.Fatalf("GetProviderSchema: %v %v", err, diagnostics(schemas.Diagnostics))
	}
	ids, err := server.GetResourceIdentitySchemas(ctx, &tfprotov6.GetResourceIdentitySchemasRequest{})
	if err != nil || len(ids.Diagnostics) > 0 {
		t.Fatalf("GetResourceIdentitySchemas: %v %v", err, diagnostics(ids.Diagnostics))
	}
	p := &Protocol{t: t, Server: server, schemas: schemas, ids: ids}
	config := p.Value(schemas.Provider.ValueType(), map[string]string{"endpoint": tg.Endpoint, "api_key": tg.APIKey})
	resp, err := server.ConfigureProvider(ctx, &tfprotov6.ConfigureProviderRequest{TerraformVersion: "1.11.4", Config: config})
	if err != nil || len(resp.Diagnostics) > 0 {
		t.Fatalf("ConfigureProvider: %v %v", err, diagnostics(resp.Diagnostics))
	}
	return p
}

// IdentitySchema is the resource identity schema Terraform gets for typeName.
func (p *Protocol) IdentitySchema(typeName string) *tfprotov6.ResourceIdentitySchema {
	return p.ids.IdentitySchemas[typeName]
}

// ResourceType and ListConfigType are the value types of a resource and of its list block.
func (p *Protocol) ResourceType(typeName string) tftypes.Type {
	return p.schemas.ResourceSchemas[typeName].ValueType()
}

func (p *Protocol) ListConfigType(typeName string) tftypes.Type {
	s, ok := p.schemas.ListResourceSchemas[typeName]
	if !ok {
		p.t.Fatalf("the provider has no list resource %s", typeName)
	}
	return s.ValueType()
}

// Value is an object of typ with the given string attributes and every other one null.
func (p *Protocol) Value(typ tftypes.Type, values map[string]string) *tfprotov6.DynamicValue {
	p.t.Helper()
	object, ok := typ.(tftypes.Object)
	if !ok {
		p.t.Fatalf("%s is not an object type", typ)
	}
	attrs := map[string]tftypes.Value{}
	for name, at := range object.AttributeTypes {
		attrs[name] = tftypes.NewValue(at, nil)
	}
	for name, v := range values {
		if _, ok := object.AttributeTypes[name]; !ok {
			p.t.Fatalf("%s has no attribute %s", typ, name)
		}
		attrs[name] = tftypes.NewValue(tftypes.String, v)
	}
	dv, err := tfprotov6.NewDynamicValue(typ, tftypes.NewValue(typ, attrs))
	if err != nil {
		p.t.Fatal(err)
	}
	return &dv
}

// Attributes decodes a DynamicValue of typ into its attributes.
func (p *Protocol) Attributes(typ tftypes.Type, dv *tfprotov6.DynamicValue) map[string]tftypes.Value {
	p.t.Helper()
	if dv == nil {
		p.t.Fatal("no value")
	}
	v, err := dv.Unmarshal(typ)
	if err != nil {
		p.t.Fatal(err)
	}
	out := map[string]tftypes.Value{}
	if err := v.As(&out); err != nil {
		p.t.Fatal(err)
	}
	return out
}

// String is a string attribute's value, or "<null>".
func String(v tftypes.Value) string {
	if v.IsNull() {
		return "<null>"
	}
	var s string
	if err := v.As(&s); err != nil {
		return fmt.Sprintf("<%s>", v.Type())
	}
	return s
}

func diagnostics(diags []*tfprotov6.Diagnostic) string {
	out := ""
	for _, d := range diags {
		out += fmt.Sprintf("[%s: %s: %s] ", d.Severity, d.Summary, d.Detail)
	}
	return out
}

// NoErrors fails the test when diags hold an error, naming what was being done.
func (p *Protocol) NoErrors(what string, diags []*tfprotov6.Diagnostic) {
	p.t.Helper()
	for _, d := range diags {
		if d.Severity == tfprotov6.DiagnosticSeverityError {
			p.t.Fatalf("%s: %s", what, diagnostics(diags))
		}
	}
}
