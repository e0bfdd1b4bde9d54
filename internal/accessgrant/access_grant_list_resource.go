package accessgrant

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewListResource finds access grants for `terraform query`, each with its access methods:
// all of them from one list of the workspace's access methods, which each grant names in its
// access_method_ids, not a list per grant.
func NewListResource() list.ListResource {
	return &shared.ListResource[grant]{
		ResourceBase: shared.ResourceBase{Object: descriptor},
		Doc: "Finds access grants for `terraform query`, to adopt with import blocks. No PIN code, client session token or " +
			"Instant Key URL is ever in the results: `terraform query -json` prints them in clear; they are read once the grant " +
			"is imported.",
		Filters: map[string]listschema.Attribute{
			attrUserIdentityID: listschema.StringAttribute{Optional: true, Validators: shared.NonEmpty, Description: "Only grants to this user identity."},
			"space_id":         listschema.StringAttribute{Optional: true, Validators: shared.NonEmpty, Description: "Only grants that open this space."},
			attrAccessGrantKey: listschema.StringAttribute{Optional: true, Validators: shared.NonEmpty, Description: "Only the grant with this key."},
		},
		Table: attributes, ID: grantID, Display: func(g *grant) string { return g.DisplayName },
		Find: func(ctx context.Context, client *seam.Client, config shared.Attrs, withResource bool) ([]grant, error) {
			grants, err := client.ListAccessGrants(ctx, seam.AccessGrantFilter{UserIdentityID: config.String(attrUserIdentityID),
				SpaceID: config.String("space_id"), AccessGrantKey: config.String(attrAccessGrantKey)})
			if err != nil {
				return nil, err
			}
			byID := map[string]seam.AccessMethod{}
			if withResource {
				methods, err := client.ListAccessMethods(ctx, seam.AccessMethodFilter{})
				if err != nil {
					return nil, err
				}
				for _, m := range methods {
					byID[m.AccessMethodID] = m
				}
			}
			out := make([]grant, len(grants))
			for i := range grants {
				g := &grants[i]
				out[i] = grant{AccessGrant: g, requested: g.RequestedAccessMethods, methods: []seam.AccessMethod{}}
				for _, id := range g.AccessMethodIDs {
					if m, ok := byID[id]; ok {
						out[i].methods = append(out[i].methods, m)
					}
				}
			}
			return out, nil
		},
	}
}
