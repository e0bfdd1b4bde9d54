package shared

import (
	"context"
	"errors"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	dsschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// ListDataSource reads every object of one kind that the configuration's filters select: the
// objects as the table has them (without their secrets) and their IDs, in Seam's order. Its
// state is built without the framework's reflection, so that a list of thousands costs little
// more per object than a list of ten. An object's package gives only what differs.
type ListDataSource[T any] struct {
	DataSourceBase
	Doc     string
	Filters map[string]dsschema.Attribute
	// Items and IDs name the attributes that hold the objects and their IDs; ItemsDoc and
	// IDsDoc describe them.
	Items, ItemsDoc, IDs, IDsDoc string
	Table                        *Table[T]
	ID                           func(*T) string
	// Find lists the objects the filters (config) select; FilterID is the state's id for them.
	Find     func(ctx context.Context, client *seam.Client, config Attrs) ([]T, error)
	FilterID func(config Attrs) string
	// More are attributes of the data source's own, which MoreValues sets from the objects.
	More       map[string]dsschema.Attribute
	MoreValues func(config Attrs, items []T) map[string]tftypes.Value
}

func (d *ListDataSource[T]) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	items, diags := d.Table.ItemAttributes()
	resp.Diagnostics.Append(diags...)
	attrs := map[string]dsschema.Attribute{
		"id":    dsschema.StringAttribute{Description: "A digest of the filters: the same filters, the same ID.", Computed: true},
		d.Items: dsschema.ListNestedAttribute{Description: d.ItemsDoc, Computed: true, NestedObject: dsschema.NestedAttributeObject{Attributes: items}},
		d.IDs:   dsschema.ListAttribute{Description: d.IDsDoc, ElementType: types.StringType, Computed: true},
	}
	for name, a := range d.Filters {
		attrs[name] = a
	}
	for name, a := range d.More {
		attrs[name] = a
	}
	resp.Schema = dsschema.Schema{Description: d.Doc, Attributes: attrs}
}

func (d *ListDataSource[T]) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	config := AttrsOf(req.Config.Raw)
	ctx, client, diags := d.Provider.Seam(ctx, "data."+d.typeName())
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	found, err := d.Find(ctx, client, config)
	var worded DiagnosticError
	switch {
	case errors.As(err, &worded):
		resp.Diagnostics.Append(worded.Diagnostic())
		return
	case err != nil:
		resp.Diagnostics.Append(APIErrorDiagnostic("Listing "+d.Object.Plural(), err, d.Provider.CredentialSource))
		return
	}
	objectType, ok := resp.State.Schema.Type().TerraformType(ctx).(tftypes.Object)
	if !ok {
		resp.Diagnostics.AddError("Cannot read the list", "The data source's schema is not an object. This is a bug in the provider; please report it.")
		return
	}
	items, ids := make([]tftypes.Value, len(found)), make([]tftypes.Value, len(found))
	for i := range found {
		items[i], ids[i] = d.Table.ItemValue(&found[i]), tfString(d.ID(&found[i]))
	}
	values := make(map[string]tftypes.Value, len(objectType.AttributeTypes))
	for name, typ := range objectType.AttributeTypes {
		values[name] = tftypes.NewValue(typ, nil)
		if v, set := config[name]; set && d.Filters[name] != nil {
			values[name] = v
		}
	}
	values["id"] = tfString(d.FilterID(config))
	values[d.Items] = tftypes.NewValue(tftypes.List{ElementType: d.Table.ItemType()}, items)
	values[d.IDs] = tftypes.NewValue(tftypes.List{ElementType: tftypes.String}, ids)
	if d.MoreValues != nil {
		for name, v := range d.MoreValues(config, found) {
			values[name] = v
		}
	}
	resp.State.Raw = tftypes.NewValue(objectType, values)
}

// DiagnosticError is an error a Find words for the user itself, not an error of Seam's client.
type DiagnosticError interface {
	error
	Diagnostic() diag.Diagnostic
}
