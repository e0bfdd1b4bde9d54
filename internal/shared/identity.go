package shared

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// IdentitySchema is the resource identity of a Seam object: its Seam ID (Terraform 1.12+).
func IdentitySchema(d Descriptor) identityschema.Schema {
	return identityschema.Schema{
		Attributes: map[string]identityschema.Attribute{
			d.IDAttr: identityschema.StringAttribute{
				Description:       "The " + d.Noun + "'s Seam ID, as `" + d.IDAttr + "` holds it.",
				RequiredForImport: true,
			},
		},
	}
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
