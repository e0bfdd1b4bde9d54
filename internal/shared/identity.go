package shared

import (
	"context"

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

// IdentityValue is the identity of the object whose identity attributes hold values.
func IdentityValue(d Descriptor, values map[string]string) tftypes.Value {
	types := map[string]tftypes.Type{}
	fields := map[string]tftypes.Value{}
	for _, name := range d.IdentityAttrs() {
		types[name] = tftypes.String
		fields[name] = tfString(values[name])
	}
	return tftypes.NewValue(tftypes.Object{AttributeTypes: types}, fields)
}

// SetIdentity sets the identity to the object's Seam ID. Every path that writes the state
// (create, read, update, import) calls it, so that state written by a provider without
// identity gains one at its next refresh, with nothing to plan.
func SetIdentity(ctx context.Context, identity *tfsdk.ResourceIdentity, d Descriptor, id string) diag.Diagnostics {
	if identity == nil {
		return nil
	}
	return identity.SetAttribute(ctx, path.Root(d.IDAttr), types.StringValue(id))
}

// ImportByID takes the Seam ID, from an import ID or an identity, into `id` and the ID
// attribute; Read fills the rest.
func ImportByID(ctx context.Context, d Descriptor, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resource.ImportStatePassthroughWithIdentity(ctx, path.Root("id"), path.Root(d.IDAttr), req, resp)
}
