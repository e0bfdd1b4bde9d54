package shared

import (
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"
)

// Descriptor names one kind of Seam object for everything shared: messages, resource
// identity, list results, the settling of a lost create, and the tests' tables.
type Descriptor struct {
	// Noun is the object as written mid-sentence: "client session", "Connect Webview".
	Noun string
	// TypeName is the Terraform type name of its blocks: "seam_client_session".
	TypeName string
	// IDAttr is the attribute holding its Seam ID, which identity and import take: "client_session_id".
	IDAttr string
	// KeyAttr is its own key, unique in a workspace, when Seam gives it one: "space_key".
	KeyAttr string
	// Identity are the attributes of its resource identity, when not IDAttr alone: a climate
	// preset is its device's and its key's. Its ID then joins their values with "/".
	Identity []string
}

// IdentityAttrs are the attributes of the object's resource identity.
func (d Descriptor) IdentityAttrs() []string {
	if len(d.Identity) > 0 {
		return d.Identity
	}
	return []string{d.IDAttr}
}

// JoinIdentity is the ID of the object whose identity attributes hold values: its Seam ID, or
// their values joined by "/", the inverse of IdentityValues.
func (d Descriptor) JoinIdentity(values map[string]string) string {
	attrs := d.IdentityAttrs()
	parts := make([]string, len(attrs))
	for i, name := range attrs {
		parts[i] = values[name]
	}
	return strings.Join(parts, "/")
}

// IdentityValues are the identity attributes' values of the object with ID id: the ID itself,
// or the values a composite ID joins (none, for an ID that does not hold one of each).
func (d Descriptor) IdentityValues(id string) map[string]string {
	if len(d.Identity) == 0 {
		return map[string]string{d.IDAttr: id}
	}
	parts := strings.SplitN(id, "/", len(d.Identity))
	if len(parts) != len(d.Identity) || slices.Contains(parts, "") {
		return map[string]string{}
	}
	out := make(map[string]string, len(parts))
	for i, name := range d.Identity {
		out[name] = parts[i]
	}
	return out
}

// Title is the noun at the start of a sentence or a summary.
func (d Descriptor) Title() string { return strings.ToUpper(d.Noun[:1]) + d.Noun[1:] }

// WithArticle is the noun after "a" or "an".
func (d Descriptor) WithArticle() string {
	if strings.ContainsRune("aeiouAEIOU", rune(d.Noun[0])) {
		return "an " + d.Noun
	}
	return "a " + d.Noun
}

// Plural is the noun for several: "user identities", "webhooks".
func (d Descriptor) Plural() string {
	if stem, ok := strings.CutSuffix(d.Noun, "y"); ok {
		return stem + "ies"
	}
	return d.Noun + "s"
}

// ImportCommand is how to import the object with Seam ID id into a resource of this type.
func (d Descriptor) ImportCommand(id string) string {
	return "terraform import " + d.TypeName + ".<name> " + id
}

// Object is what one Seam object's package hands the provider: what it is, and its resources,
// data sources, ephemeral resources and list resources. Adding an object to the provider is
// one line listing its Object.
type Object struct {
	Descriptor         Descriptor
	Resources          []func() resource.Resource
	DataSources        []func() datasource.DataSource
	EphemeralResources []func() ephemeral.EphemeralResource
	// ListResources find objects for terraform query (Terraform 1.14+).
	ListResources []func() list.ListResource
	// Contract is what the contract test holds the object's attribute table to.
	Contract Contract
	// Example is how the tests every managed object keeps make one; nil for an object Seam
	// discovers, which nothing makes.
	Example *Example
}

// Example is one object as the tests common to every managed object (a lost create, a switched
// workspace, an import, adoption, secrets, identity) make it: through Seam's API and in a
// configuration, alike. In its strings, "{key}" stands for a key unique to the test ("{host}"
// for the same as a host name), "{seam_user_identity}" for the Seam ID of an object of that
// type it needs, made first from that type's example with a key of its own, and "{device}" for
// a device of the workspace of the type Device names.
type Example struct {
	// Routes is the prefix of the object's routes ("/spaces/"): its create, get and delete, but
	// where CreatePath or DeletePath name another.
	Routes, CreatePath, DeletePath string
	// Kind is what the stand-in's inventory counts it as, where that is not Contract.Schema.
	Kind string
	// Create is the body of its create route; Config the body of a resource block that makes
	// the same object; Needs the types it refers to.
	Create map[string]any
	Config string
	Needs  []string
	// Device is the type of the device it is made on ("minut_sensor"), which Seam discovers.
	Device string
	// ListFilter are a list block's filters that find what Config made; ListScope those any
	// list block of it needs (Seam lists noise thresholds by device).
	ListFilter, ListScope map[string]string
	// Shipped is how many objects of its kind the device comes with, which a list by ListScope
	// finds beside the ones made.
	Shipped int
	// Secret is the attribute that holds its secret, when it has one; Required a field of
	// Seam's answer without which the provider cannot use it.
	Secret, Required string
	// Otherwise are other ways Seam's API makes it (create bodies), by what each shows:
	// adoption must handle each.
	Otherwise map[string]map[string]any
}

// Contract ties an object's attribute table to Seam's schema of the object in its OpenAPI:
// every field of Seam's is an attribute, or LeftOut with why; every attribute is a field of
// Seam's, or Beyond it with why; each sentence an attribute quotes (Attr.Seam) is Seam's.
type Contract struct {
	Schema string
	// Within, for an object Seam holds inside another (a thermostat's climate presets, in its
	// device), is the property of Schema whose items are Seam's objects; Fixture is the client's
	// fixture of the object that holds them.
	Within, Fixture string
	// Client is the client's type of Seam's object (seam.Space{}): it must decode every field
	// the table holds.
	Client          any
	Table           Rows
	LeftOut, Beyond map[string]string
	// ListedOnce pairs fields of which a list result holds one, the other null, both ways:
	// configuration generated from it sets a value once (a set point in °C or in °F).
	ListedOnce map[string]string
	// Subset, when set, says why the table holds some of Seam's fields only (an object Seam
	// discovers, with dozens of fields): Seam's other fields need not be listed as LeftOut.
	Subset string
}

// Rows are a table's rows as the contract test reads them, whatever the table's type.
type Rows interface {
	Rows() []Row
}

// Row is one attribute, as the contract and docs tests read it.
type Row struct {
	Name, Seam string
	Sensitive  bool
	Scope      Scope
	// Nested are the rows of each object of a list of objects.
	Nested []Row
}
