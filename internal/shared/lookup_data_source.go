package shared

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	dsschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// Lookup is a data source that reads one object by its Seam ID or its key: the configuration
// names it by exactly one of Keys, Seam's get answers, and an object other than the one asked
// for is refused. An object's package gives only what differs.
type Lookup[T any] struct {
	DataSourceBase
	Doc   string
	Table *Table[T]
	// Keys are the attributes the object is looked up by, the ID attribute first; with one,
	// it is required.
	Keys []string
	// Get reads the object whose key attribute holds value; ReadMore, when set, reads what the
	// table reads beside it, once the object is known to be the one asked for.
	Get      func(ctx context.Context, client *seam.Client, key, value string) (*T, error)
	ReadMore func(ctx context.Context, client *seam.Client, v *T) error
}

var _ datasource.DataSourceWithConfigValidators = (*Lookup[struct{}])(nil)

func (d *Lookup[T]) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	attrs, diags := d.Table.DataSourceAttributes()
	resp.Diagnostics.Append(diags...)
	if len(d.Keys) == 1 {
		if key, ok := attrs[d.Keys[0]].(dsschema.StringAttribute); ok {
			key.Optional, key.Computed, key.Required = false, false, true
			attrs[d.Keys[0]] = key
		}
	}
	resp.Schema = dsschema.Schema{Description: d.Doc, Attributes: attrs}
}

func (d *Lookup[T]) ConfigValidators(context.Context) []datasource.ConfigValidator {
	if len(d.Keys) < 2 {
		return nil
	}
	keys := make([]path.Expression, len(d.Keys))
	for i, k := range d.Keys {
		keys[i] = path.MatchRoot(k)
	}
	return []datasource.ConfigValidator{datasourcevalidator.ExactlyOneOf(keys...)}
}

func (d *Lookup[T]) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	config := AttrsOf(req.Config.Raw)
	ctx, client, diags := d.Provider.Seam(ctx, "data."+d.typeName())
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	key := d.Keys[0]
	for _, k := range d.Keys {
		if config.Known(k) {
			key = k
			break
		}
	}
	value := config.String(key)
	asked := Asked{Object: d.Object, At: path.Root(key), What: fmt.Sprintf("%s %q", key, value), Source: d.Provider.CredentialSource}
	found, err := d.Get(ctx, client, key, value)
	found, bad := Answered(asked, found, err, func(v *T) bool { return d.read(v, key) == value },
		func(v *T) string { return d.read(v, "id") })
	if bad != nil {
		resp.Diagnostics.Append(bad)
		return
	}
	if d.ReadMore != nil {
		if err := d.ReadMore(ctx, client, found); err != nil {
			resp.Diagnostics.Append(APIErrorDiagnostic("Reading the "+d.Object.Noun+" with "+asked.What, err, d.Provider.CredentialSource))
			return
		}
	}
	resp.State.Raw = d.Table.DataSourceValue(found)
}

// read is the string attribute name of v, as the table reads it, or "".
func (d *Lookup[T]) read(v *T, name string) string {
	a, ok := d.Table.Find(name)
	if !ok || a.Value.read == nil {
		return ""
	}
	var s string
	if value := a.Value.read(v); value.IsKnown() && !value.IsNull() {
		_ = value.As(&s)
	}
	return s
}
