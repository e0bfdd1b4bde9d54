package useridentity

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewListResource finds user identities for `terraform query`.
func NewListResource() list.ListResource {
	return &shared.ListResource[seam.UserIdentity]{
		ResourceBase: shared.ResourceBase{Object: descriptor},
		Doc: "Finds user identities for `terraform query`, to adopt with import blocks: each with its key, email address, " +
			"phone number and name. A user identity holds no secret.",
		Filters: map[string]listschema.Attribute{
			"search": listschema.StringAttribute{Optional: true, Validators: shared.NonEmpty,
				Description: "Only identities whose full name, phone number, email address or ID holds this text, as Seam searches."},
		},
		Table: attributes, ID: identityID, Display: func(u *seam.UserIdentity) string { return u.DisplayName },
		Find: func(ctx context.Context, client *seam.Client, config shared.Attrs, _ bool) ([]seam.UserIdentity, error) {
			return client.ListUserIdentities(ctx, seam.UserIdentityFilter{Search: config.String("search")})
		},
	}
}
