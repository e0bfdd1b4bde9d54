package provider_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/shared"
	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// managedObject is how the cross-object tests handle one kind of object the provider manages,
// from its Example (acctest.ManagedObjects): an object registered without one fails the test,
// so none is left out of the tables.
type managedObject struct {
	shared.Descriptor
	acctest.Managed
	// kind is the key of Seam's JSON for it; the paths its create, get and delete.
	kind, createPath, getPath, deletePath string
	// secret is the attribute holding its secret, if any; required a field of Seam's answer the
	// provider cannot do without; keyAttr its own key, if Seam gives it one.
	secret, required, keyAttr string
}

func managedObjects(t *testing.T) []managedObject {
	t.Helper()
	var out []managedObject
	for _, m := range acctest.ManagedObjects(t) {
		out = append(out, managedObject{Descriptor: m.Descriptor, Managed: m, kind: m.Kind, createPath: m.Create(),
			getPath: m.Get(), deletePath: m.Delete(), secret: m.Example.Secret, required: m.Example.Required, keyAttr: m.Descriptor.KeyAttr})
	}
	return out
}

// make makes the object through Seam's API with the arguments its configuration gives
// Terraform, for key, and returns its Seam ID.
func (o managedObject) make(t *testing.T, tg *acctest.Target, key string) string {
	return tg.Make(t, o.Managed, o.Example.Create, key)
}

// deleteBody is the body of the object's delete route for the object with Seam ID id, made for
// key: its identity, and the scope Seam selects it in too (a noise threshold's device).
func (o managedObject) deleteBody(t *testing.T, tg *acctest.Target, key, id string) map[string]any {
	body := map[string]any{}
	for name, value := range o.IdentityValues(id) {
		body[name] = value
	}
	for name, value := range o.ListScope(key, tg.Needs(t, o.Managed, key)) {
		body[name] = value
	}
	return body
}

// madeOtherwise are the other ways Seam's API makes the object, each making one for key.
func (o managedObject) madeOtherwise() map[string]func(*testing.T, *acctest.Target, string) string {
	out := map[string]func(*testing.T, *acctest.Target, string) string{}
	for name, body := range o.Example.Otherwise {
		out[name] = func(t *testing.T, tg *acctest.Target, key string) string { return tg.Make(t, o.Managed, body, key) }
	}
	return out
}

// resourceBlock is the configuration's resource of the object's type named test, after
// making what it refers to.
func (o managedObject) resourceBlock(t *testing.T, tg *acctest.Target, key string) string {
	return tg.Block(t, o.Managed, "test", key)
}

// listFilter are the filters of a list block that finds what resourceBlock made for key.
func (o managedObject) listFilter(t *testing.T, tg *acctest.Target, key string) map[string]string {
	return o.ListFilter(key, tg.Needs(t, o.Managed, key))
}

// listBlock is a list block of the object's type that finds what config made for key.
func (o managedObject) listBlock(t *testing.T, tg *acctest.Target, key string) string {
	return listBlockOf(o.TypeName, "test", o.listFilter(t, tg, key), "")
}

// listBlockOf is a list block of typeName with filters, and more arguments.
func listBlockOf(typeName, name string, filters map[string]string, more string) string {
	var config strings.Builder
	for name, value := range filters {
		fmt.Fprintf(&config, "    %s = %q\n", name, value)
	}
	return fmt.Sprintf("list %q %q {\n  provider = seam\n%s  config {\n%s  }\n}\n", typeName, name, more, config.String())
}

// dropRequired rewrites Seam's answer without the object's required field: a 2xx the
// provider cannot use, though its object exists.
func (o managedObject) dropRequired(body []byte) []byte {
	var answer map[string]map[string]any
	if err := json.Unmarshal(body, &answer); err != nil {
		return body
	}
	delete(answer[o.kind], o.required)
	out, _ := json.Marshal(answer)
	return out
}

// identityMatchesState checks that each identity attribute of the resource at addr is its
// state's attribute of that name.
func (o managedObject) identityMatchesState(addr string) []statecheck.StateCheck {
	var checks []statecheck.StateCheck
	for _, name := range o.IdentityAttrs() {
		checks = append(checks, statecheck.ExpectIdentityValueMatchesState(addr, tfjsonpath.New(name)))
	}
	return checks
}

// identityNotNull expects every identity attribute set.
func (o managedObject) identityNotNull() map[string]knownvalue.Check {
	out := map[string]knownvalue.Check{}
	for _, name := range o.IdentityAttrs() {
		out[name] = knownvalue.NotNull()
	}
	return out
}

// identityValue is the identity of the object with ID id, as the protocol carries it.
func (o managedObject) identityValue(p *acctest.Protocol, typ tftypes.Type, id string) *tfprotov6.DynamicValue {
	return p.Value(typ, o.IdentityValues(id))
}

// identityID is the ID an identity stands for: its Seam ID, or its values joined by "/".
func (o managedObject) identityID(attrs map[string]tftypes.Value) string {
	values := map[string]string{}
	for _, name := range o.IdentityAttrs() {
		values[name] = acctest.String(attrs[name])
	}
	return o.JoinIdentity(values)
}

// host is key as a host name label.
func host(key string) string { return strings.ReplaceAll(key, "_", "-") }
