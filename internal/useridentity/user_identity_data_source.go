package useridentity

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewDataSource reads a user identity by its ID or its key.
func NewDataSource() datasource.DataSource {
	return &shared.Lookup[seam.UserIdentity]{
		DataSourceBase: shared.DataSourceBase{Object: descriptor},
		Doc:            "Reads a Seam user identity by `user_identity_id` or by `user_identity_key`.",
		Table:          attributes, Keys: []string{attrUserIdentityID, attrUserIdentityKey},
		Get: func(ctx context.Context, client *seam.Client, key, value string) (*seam.UserIdentity, error) {
			if key == attrUserIdentityKey {
				return client.GetUserIdentity(ctx, seam.UserIdentityLookup{UserIdentityKey: value})
			}
			return client.GetUserIdentity(ctx, seam.UserIdentityLookup{UserIdentityID: value})
		},
	}
}
