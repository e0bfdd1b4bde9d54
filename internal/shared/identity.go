package shared

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// IdentitySchema is the resource identity of a Seam object: its Seam ID (Terraform 1.12+).
// object is the noun as written mid-sentence ("client session").
func IdentitySchema(idAttr, object string) identityschema.Schema {
	return identityschema.Schema{
		Attributes: map[string]identityschema.Attribute{
			idAttr: identityschema.StringAttribute{
				Description:       "The " + object + "'s Seam ID, as `" + idAttr + "` holds it.",
				RequiredForImport: true,
			},
		},
	}
}

// SetIdentity sets the identity to the object's Seam ID. Every path that writes the state
// (create, read, update, import) calls it, so that state written by a provider without
// identity gains one at its next refresh, with nothing to plan.
func SetIdentity(ctx context.Context, identity *tfsdk.ResourceIdentity, idAttr, id string) diag.Diagnostics {
	if identity == nil {
		return nil
	}
	return identity.SetAttribute(ctx, path.Root(idAttr), types.StringValue(id))
}
