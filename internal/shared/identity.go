package shared

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// IdentitySchema is the resource identity of a Seam object (Terraform 1.12+): its Seam ID, or
// the attributes its Descriptor names.
func IdentitySchema(d Descriptor) identityschema.Schema {
	attrs := map[string]identityschema.Attribute{}
	for _, name := range d.IdentityAttrs() {
		description := "The " + d.Noun + "'s Seam ID, as `" + name + "` holds it."
		if len(d.Identity) > 0 {
			description = "The " + d.Noun + "'s `" + name + "`."
		}
		attrs[name] = identityschema.StringAttribute{Description: description, RequiredForImport: true}
	}
	return identityschema.Schema{Attributes: attrs}
}

// IdentityValue is the identity of the object with ID id.
func IdentityValue(d Descriptor, id string) tftypes.Value {
	values := d.IdentityValues(id)
	types := map[string]tftypes.Type{}
	fields := map[string]tftypes.Value{}
	for _, name := range d.IdentityAttrs() {
		types[name] = tftypes.String
		fields[name] = tfString(values[name])
	}
	return tftypes.NewValue(tftypes.Object{AttributeTypes: types}, fields)
}

// SetIdentity sets the identity of the object with ID id: its Seam ID, or the attributes its
// composite ID joins. Every path that writes the state (create, read, update, import) calls it,
// so that state written by a provider without identity gains one at its next refresh, with
// nothing to plan.
func SetIdentity(ctx context.Context, identity *tfsdk.ResourceIdentity, d Descriptor, id string) diag.Diagnostics {
	if identity == nil {
		return nil
	}
	var diags diag.Diagnostics
	for name, value := range d.IdentityValues(id) {
		diags.Append(identity.SetAttribute(ctx, path.Root(name), types.StringValue(value))...)
	}
	return diags
}

// ImportByID takes the Seam ID, from an import ID or an identity, into `id` and the ID
// attribute; Read fills the rest. A composite ID ("device_id/climate_preset_key") is taken
// apart into its attributes, and an identity's attributes joined into it.
func ImportByID(ctx context.Context, d Descriptor, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	if len(d.Identity) == 0 {
		resource.ImportStatePassthroughWithIdentity(ctx, path.Root("id"), path.Root(d.IDAttr), req, resp)
		return
	}
	id := req.ID
	if id == "" && req.Identity != nil {
		values := map[string]string{}
		for _, name := range d.Identity {
			var v types.String
			resp.Diagnostics.Append(req.Identity.GetAttribute(ctx, path.Root(name), &v)...)
			values[name] = v.ValueString()
		}
		id = d.JoinIdentity(values)
	}
	values := d.IdentityValues(id)
	if len(values) != len(d.Identity) {
		resp.Diagnostics.AddError("Import ID not understood",
			fmt.Sprintf("%q is not an import ID of %s: give its %s joined by \"/\", such as %q.", id, d.WithArticle(),
				strings.Join(d.Identity, " and "), "<"+strings.Join(d.Identity, ">/<")+">"))
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), id)...)
	for name, value := range values {
		resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root(name), value)...)
	}
	resp.Diagnostics.Append(SetIdentity(ctx, resp.Identity, d, id)...)
}
