package provider_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/seamapi/terraform-provider-seam/internal/provider"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
	"github.com/seamapi/terraform-provider-seam/internal/testing/contracttest"
)

// blocks are the type names of an object's blocks.
type blocks struct{ resources, dataSources, ephemerals []string }

func blocksOf(o shared.Object) blocks {
	var b blocks
	for _, r := range o.Resources {
		var resp resource.MetadataResponse
		r().Metadata(context.Background(), resource.MetadataRequest{ProviderTypeName: "seam"}, &resp)
		b.resources = append(b.resources, resp.TypeName)
	}
	for _, d := range o.DataSources {
		var resp datasource.MetadataResponse
		d().Metadata(context.Background(), datasource.MetadataRequest{ProviderTypeName: "seam"}, &resp)
		b.dataSources = append(b.dataSources, resp.TypeName)
	}
	for _, e := range o.EphemeralResources {
		var resp ephemeral.MetadataResponse
		e().Metadata(context.Background(), ephemeral.MetadataRequest{ProviderTypeName: "seam"}, &resp)
		b.ephemerals = append(b.ephemerals, resp.TypeName)
	}
	return b
}

// Every registered object has a contract, and keeps it: its attribute table, the client's
// type and Seam's schema of the object agree, every sentence quoted as Seam's is Seam's, and
// every page of its docs names its attributes. An object registered without a contract fails.
func TestContract_everyObjectsTableAgreesWithSeamsSchemaAndItsDocs(t *testing.T) {
	for _, o := range provider.Objects() {
		t.Run(o.Descriptor.TypeName, func(t *testing.T) {
			if o.Contract.Table == nil {
				t.Fatalf("%s is registered without a contract: its Object needs Contract (Seam's schema, its table)", o.Descriptor.TypeName)
			}
			b := blocksOf(o)
			docs := map[string]contracttest.Page{}
			page := func(kind, typeName string) string {
				return filepath.Join("..", "..", "docs", kind, strings.TrimPrefix(typeName, "seam_")+".md")
			}
			for _, name := range b.resources {
				docs[page("resources", name)] = contracttest.ResourcePage
			}
			for _, name := range b.dataSources {
				docs[page("data-sources", name)] = contracttest.DataSourcePage
				if name != o.Descriptor.TypeName {
					docs[page("data-sources", name)] = contracttest.ListPage
				}
			}
			for _, name := range b.ephemerals {
				docs[page("ephemeral-resources", name)] = contracttest.DataSourcePage
			}
			contracttest.CheckContract(t, o.Contract, docs)
		})
	}
}

// fixtureServer answers as Seam would with the client's fixtures (internal/seam/testdata): a
// list route with its list fixture (/spaces/list: spaces_list.json), a get with the object's
// own (single).
func fixtureServer(t *testing.T, single []byte) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body := single
		if prefix, found := strings.CutSuffix(r.URL.Path, "/list"); found {
			var err error
			if body, err = os.ReadFile(filepath.Join("..", "seam", "testdata", path.Base(prefix)+"_list.json")); err != nil {
				http.Error(w, err.Error(), http.StatusNotFound)
				return
			}
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// fixture is the object's own fixture, Seam's documented object with a value in every field,
// and the object in it as plain JSON.
func fixture(t *testing.T, c shared.Contract) ([]byte, map[string]any) {
	t.Helper()
	if c.Within != "" {
		body, items := within(t, c)
		first, _ := items[0].(map[string]any)
		contracttest.AssertDistinct(t, first)
		return body, first
	}
	name := c.Schema + ".json"
	if _, err := os.Stat(filepath.Join("..", "seam", "testdata", name)); err != nil {
		name = c.Schema + "_distinct.json"
	}
	body, raw := contracttest.Fixture(t, name, c.Schema)
	contracttest.AssertDistinct(t, raw)
	return body, raw
}

// within are the objects of an object Seam holds inside another (a thermostat's presets), from
// the fixture of the object that holds them, each with the ID, device and workspace the provider
// gives it: its device's ID and its key joined by "/".
func within(t *testing.T, c shared.Contract) ([]byte, []any) {
	t.Helper()
	body, outer := contracttest.Fixture(t, c.Fixture, c.Schema)
	items := withinItems(outer, c)
	if len(items) == 0 {
		t.Fatalf("%s holds no %s", c.Fixture, c.Within)
	}
	return body, items
}

// withinItems are the objects a device holds (Contract.Within), each with the ID, device and
// workspace the provider gives it.
func withinItems(outer map[string]any, c shared.Contract) []any {
	properties, _ := outer["properties"].(map[string]any)
	items, _ := properties[c.Within].([]any)
	for _, item := range items {
		m, _ := item.(map[string]any)
		m["device_id"], m["workspace_id"] = outer["device_id"], outer["workspace_id"]
		m["id"] = fmt.Sprint(outer["device_id"], "/", m["climate_preset_key"])
	}
	return items
}

// configured is a provider server configured for Seam at endpoint.
func configured(t *testing.T, endpoint string) (tfprotov6.ProviderServer, *tfprotov6.GetProviderSchemaResponse) {
	t.Helper()
	server, err := providerserver.NewProtocol6WithError(provider.New("test")())()
	if err != nil {
		t.Fatal(err)
	}
	schemas, err := server.GetProviderSchema(context.Background(), &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		t.Fatal(err)
	}
	config := objectValue(t, schemas.Provider, map[string]tftypes.Value{
		"api_key": tftypes.NewValue(tftypes.String, "seam_apikey1_token"), "endpoint": tftypes.NewValue(tftypes.String, endpoint),
	})
	resp, err := server.ConfigureProvider(context.Background(), &tfprotov6.ConfigureProviderRequest{Config: config})
	if err != nil || hasError(resp.Diagnostics) {
		t.Fatalf("configuring the provider: %v %v", err, resp.Diagnostics)
	}
	return server, schemas
}

// objectValue is a configuration of schema s with values set, the rest null.
func objectValue(t *testing.T, s *tfprotov6.Schema, set map[string]tftypes.Value) *tfprotov6.DynamicValue {
	t.Helper()
	typ, ok := s.ValueType().(tftypes.Object)
	if !ok {
		t.Fatalf("the schema's type is %T", s.ValueType())
	}
	values := map[string]tftypes.Value{}
	for name, at := range typ.AttributeTypes {
		values[name] = tftypes.NewValue(at, nil)
		if v, ok := set[name]; ok {
			values[name] = v
		}
	}
	dv, err := tfprotov6.NewDynamicValue(typ, tftypes.NewValue(typ, values))
	if err != nil {
		t.Fatal(err)
	}
	return &dv
}

func hasError(diags []*tfprotov6.Diagnostic) bool {
	for _, d := range diags {
		if d.Severity == tfprotov6.DiagnosticSeverityError {
			return true
		}
	}
	return false
}

// Every data source and every list resource holds Seam's JSON field by field: through the
// provider's protocol, against Seam's documented objects (the client's fixtures), a data
// source's state, each item of a data source that lists objects, and each list result's
// resource object hold, in each attribute named as a field of Seam's, that field's value (a
// list result's secrets null). The values are built without the framework's reflection; this
// guards each mapping.
func TestMapping_everyDataSourceAndListHoldsSeamsJSONFieldByField(t *testing.T) {
	ctx := context.Background()
	for _, o := range provider.Objects() {
		t.Run(o.Descriptor.TypeName, func(t *testing.T) {
			single, raw := fixture(t, o.Contract)
			server, schemas := configured(t, fixtureServer(t, single))
			check := contracttest.ValueCheck{Rows: o.Contract.Table.Rows(), Beyond: o.Contract.Beyond, IDField: o.Descriptor.IDAttr,
				ListedOnce: o.Contract.ListedOnce}
			for _, name := range blocksOf(o).dataSources {
				config := map[string]tftypes.Value{}
				if name == o.Descriptor.TypeName {
					config[o.Descriptor.IDAttr] = tftypes.NewValue(tftypes.String, raw[o.Descriptor.IDAttr])
				}
				resp, err := server.ReadDataSource(ctx, &tfprotov6.ReadDataSourceRequest{TypeName: name,
					Config: objectValue(t, schemas.DataSourceSchemas[name], config)})
				if err != nil || hasError(resp.Diagnostics) {
					t.Fatalf("reading %s: %v %v", name, err, resp.Diagnostics)
				}
				state, err := resp.State.Unmarshal(schemas.DataSourceSchemas[name].ValueType())
				if err != nil {
					t.Fatal(err)
				}
				if name == o.Descriptor.TypeName {
					check.Object(t, name, raw, state, true)
					continue
				}
				check.Items(t, name, listFixture(t, state, name), state)
			}
			lists, ok := server.(tfprotov6.ListResourceServer)
			if !ok {
				t.Fatalf("the provider server (%T) serves no list resources", server)
			}
			for name, s := range schemas.ListResourceSchemas {
				if name != o.Descriptor.TypeName {
					continue
				}
				stream, err := lists.ListResource(ctx, &tfprotov6.ListResourceRequest{TypeName: name, Config: objectValue(t, s, nil),
					IncludeResource: true, Limit: 100})
				if err != nil {
					t.Fatal(err)
				}
				resourceType := schemas.ResourceSchemas[name].ValueType()
				var items []tftypes.Value
				for result := range stream.Results {
					if hasError(result.Diagnostics) || result.Resource == nil {
						t.Fatalf("a result of %s: %v", name, result.Diagnostics)
					}
					v, err := result.Resource.Unmarshal(resourceType)
					if err != nil {
						t.Fatal(err)
					}
					items = append(items, v)
				}
				want := []any(nil)
				if o.Contract.Within != "" {
					_, want = within(t, o.Contract)
				} else {
					want = listFixtureByPath(t, name)
				}
				check.Results(t, "list "+name, want, items)
			}
		})
	}
}

// listFixture is the list fixture a data source that lists objects read: the one whose items
// it holds (its items' attribute, spaces_list.json's spaces).
func listFixture(t *testing.T, state tftypes.Value, typeName string) []any {
	t.Helper()
	var attrs map[string]tftypes.Value
	if err := state.As(&attrs); err != nil {
		t.Fatal(err)
	}
	for name := range attrs {
		file := filepath.Join("..", "seam", "testdata", name+"_list.json")
		if b, err := os.ReadFile(file); err == nil {
			var envelope map[string]any
			if err := json.Unmarshal(b, &envelope); err != nil {
				t.Fatal(err)
			}
			items, _ := envelope[name].([]any)
			return items
		}
	}
	t.Fatalf("%s holds no attribute with a list fixture (<attribute>_list.json)", typeName)
	return nil
}

// listFixtureByPath is the list fixture of a list resource: its plural's (seam_space: spaces_list.json).
func listFixtureByPath(t *testing.T, typeName string) []any {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join("..", "seam", "testdata", "*_list.json"))
	if err != nil {
		t.Fatal(err)
	}
	singular := strings.TrimPrefix(typeName, "seam_")
	for _, m := range matches {
		plural := strings.TrimSuffix(filepath.Base(m), "_list.json")
		if plural == singular+"s" || plural == strings.TrimSuffix(singular, "y")+"ies" {
			b, err := os.ReadFile(m)
			if err != nil {
				t.Fatal(err)
			}
			var envelope map[string]any
			if err := json.Unmarshal(b, &envelope); err != nil {
				t.Fatal(err)
			}
			items, _ := envelope[plural].([]any)
			return items
		}
	}
	t.Fatalf("no list fixture for %s", typeName)
	return nil
}
