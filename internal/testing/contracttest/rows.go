package contracttest

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/seamapi/terraform-provider-seam/internal/shared"
	"github.com/seamapi/terraform-provider-seam/internal/testing/seamspec"
)

// CheckContract holds an object's attribute table to Seam's schema of the object: every field
// of Seam's is a row of the table and a field of the client's type, or is left out with why
// (or the contract names the subset it holds); every row is a field of Seam's, or beyond it
// with why; each sentence a row quotes as Seam's (Attr.Seam) is the description Seam's OpenAPI
// gives the field; and each page of docs names every row meant for it.
func CheckContract(t *testing.T, c shared.Contract, docs map[string]Page) {
	t.Helper()
	doc, err := seamspec.Document()
	if err != nil {
		t.Fatal(err)
	}
	schema := doc.Components.Schemas[c.Schema]
	if c.Within != "" {
		schema = itemsOf(schema, c.Within)
	}
	if c.Table == nil || schema == nil || schema.Value == nil {
		t.Fatalf("the contract names Seam's schema %q (within %q) and a table; Seam's document has no such schema, or there is no table",
			c.Schema, c.Within)
	}
	rows := c.Table.Rows()
	names := make([]string, len(rows))
	for i, r := range rows {
		names[i] = r.Name
	}
	var fields []string
	client := reflect.TypeOf(c.Client)
	for i := range client.NumField() {
		fields = append(fields, strings.Split(client.Field(i).Tag.Get("json"), ",")[0])
	}
	for name, property := range schema.Value.Properties {
		_, left := c.LeftOut[name]
		switch {
		case left && slices.Contains(names, name):
			t.Errorf("%s is listed as left out (%s) but is a row of the table", name, c.LeftOut[name])
		case left || c.Subset != "" && !slices.Contains(names, name):
		case !slices.Contains(fields, name):
			t.Errorf("Seam's %s has %s, which the client's %s lacks: decode it, or list it as left out with why", c.Schema, name, client)
		case !slices.Contains(names, name):
			t.Errorf("Seam's %s has %s, which the table lacks: add a row, or list it as left out with why", c.Schema, name)
		}
		for _, r := range rows {
			if r.Name == name && r.Seam != "" && property.Value != nil && !strings.Contains(property.Value.Description, r.Seam) {
				t.Errorf("the row %s quotes Seam as %q, and Seam's OpenAPI says %q", name, r.Seam, property.Value.Description)
			}
		}
	}
	for name := range c.LeftOut {
		if _, ok := schema.Value.Properties[name]; !ok {
			t.Errorf("%s is listed as left out, and Seam's %s no longer has it", name, c.Schema)
		}
	}
	for _, r := range rows {
		_, beyond := c.Beyond[r.Name]
		_, seams := schema.Value.Properties[r.Name]
		switch {
		case r.Name == "id":
		case !seams && !beyond:
			t.Errorf("the row %s is not a field of Seam's %s: list it as beyond the document with why", r.Name, c.Schema)
		case !seams && r.Seam != "":
			t.Errorf("the row %s quotes Seam (%q), but Seam's %s has no such field", r.Name, r.Seam, c.Schema)
		}
	}
	for page, kind := range docs {
		b, err := os.ReadFile(page)
		if err != nil {
			t.Fatalf("%v (run make generate)", err)
		}
		for _, r := range rows {
			if kind.has(r) && !strings.Contains(string(b), "`"+r.Name+"`") {
				t.Errorf("%s does not document %s (run make generate)", page, r.Name)
			}
		}
	}
}

// Page is the kind of block a page of docs is about.
type Page int

const (
	ResourcePage Page = iota
	DataSourcePage
	// ListPage is a data source that lists objects: its items hold no secret.
	ListPage
)

// has reports whether a page of this kind documents row r.
func (p Page) has(r shared.Row) bool {
	switch p {
	case ResourcePage:
		return r.Scope != shared.LookupOnly
	case DataSourcePage:
		return r.Scope != shared.ResourceOnly
	}
	return r.Scope == shared.Everywhere && !r.Sensitive
}

// itemsOf is the schema of the items of the array property name, wherever in schema (its
// properties, and theirs, and the schemas it combines) it is: a thermostat's presets are deep
// in a device's properties.
func itemsOf(schema *openapi3.SchemaRef, name string) *openapi3.SchemaRef {
	if schema == nil || schema.Value == nil {
		return nil
	}
	if p, ok := schema.Value.Properties[name]; ok && p.Value != nil && p.Value.Items != nil {
		return p.Value.Items
	}
	var inner []*openapi3.SchemaRef
	for _, p := range schema.Value.Properties {
		inner = append(inner, p)
	}
	inner = append(append(append(inner, schema.Value.AllOf...), schema.Value.OneOf...), schema.Value.AnyOf...)
	for _, s := range inner {
		if found := itemsOf(s, name); found != nil {
			return found
		}
	}
	return nil
}
