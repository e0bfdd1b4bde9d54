package clientsession

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/seamspec"
)

// leftOut lists the properties of Seam's client_session schema that the provider
// deliberately does not expose, each with its reason. It is empty: the provider exposes all.
var leftOut = map[string]string{}

// beyondTheDocument lists fields the provider exposes that Seam's schema does not name.
var beyondTheDocument = map[string]string{
	"customer_id": "Seam's docs page for /client_sessions/get shows it in responses (seed/client-sessions-get.txt), and create takes it",
}

// generatedDocs are the pages that list a client session's attributes.
var generatedDocs = []string{
	"../../docs/data-sources/client_session.md",
	"../../docs/ephemeral-resources/client_session.md",
	"../../docs/resources/client_session.md",
	"../../docs/data-sources/client_sessions.md",
}

// Seam's client_session schema, the client's ClientSession, the provider's attribute table
// and the generated docs name the same fields; anything else is listed above, with why.
func TestContract_seamsSchemaTheClientTheAttributesAndTheDocsAgree(t *testing.T) {
	doc, err := seamspec.Document()
	if err != nil {
		t.Fatal(err)
	}
	schema := doc.Components.Schemas["client_session"]
	if schema == nil || schema.Value == nil {
		t.Fatal("Seam's document has no client_session schema")
	}
	var properties []string
	for name := range schema.Value.Properties {
		properties = append(properties, name)
	}
	var fields []string
	typ := reflect.TypeFor[seam.ClientSession]()
	for i := range typ.NumField() {
		fields = append(fields, strings.Split(typ.Field(i).Tag.Get("json"), ",")[0])
	}
	var attributes []string
	for _, a := range clientSessionAttributes {
		if a.name != attrID {
			attributes = append(attributes, a.name)
		}
	}
	pages := map[string]string{}
	for _, page := range generatedDocs {
		b, err := os.ReadFile(page)
		if err != nil {
			t.Fatalf("%v (run make generate)", err)
		}
		pages[page] = string(b)
	}

	for _, p := range properties {
		if reason, ok := leftOut[p]; ok {
			if slices.Contains(fields, p) || slices.Contains(attributes, p) {
				t.Errorf("%s is listed as left out (%s) but is exposed", p, reason)
			}
			continue
		}
		if !slices.Contains(fields, p) {
			t.Errorf("Seam's client_session has %s, which seam.ClientSession lacks: expose it, or list it in leftOut with why", p)
		}
		if !slices.Contains(attributes, p) {
			t.Errorf("Seam's client_session has %s, which the provider's attribute table lacks: expose it, or list it in leftOut with why", p)
		}
	}
	for name := range leftOut {
		if !slices.Contains(properties, name) {
			t.Errorf("leftOut lists %s, which Seam's schema no longer has", name)
		}
	}
	for _, f := range fields {
		if _, ok := beyondTheDocument[f]; !ok && !slices.Contains(properties, f) {
			t.Errorf("seam.ClientSession has %s, which Seam's schema lacks: list it in beyondTheDocument with why", f)
		}
		if !slices.Contains(attributes, f) {
			t.Errorf("seam.ClientSession has %s, which the attribute table lacks", f)
		}
	}
	for _, a := range attributes {
		if !slices.Contains(fields, a) {
			t.Errorf("the attribute %s has no field in seam.ClientSession", a)
		}
	}
	for page, text := range pages {
		for _, a := range append(attributes, attrID) {
			if !strings.Contains(text, "`"+a+"`") {
				t.Errorf("%s does not document %s (run make generate)", page, a)
			}
		}
	}
}
