package accessgrant

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewDataSource reads an access grant by its ID or its key, with its access methods.
func NewDataSource() datasource.DataSource {
	return &shared.Lookup[grant]{
		DataSourceBase: shared.DataSourceBase{Object: descriptor},
		Doc: "Reads a Seam access grant by `access_grant_id` or `access_grant_key`, with its access methods. PIN codes, " +
			"mobile keys' client session tokens and Instant Key URLs are sensitive.",
		Table: attributes, Keys: []string{attrAccessGrantID, attrAccessGrantKey},
		Get: func(ctx context.Context, client *seam.Client, key, value string) (*grant, error) {
			lookup := seam.AccessGrantLookup{AccessGrantID: value}
			if key == attrAccessGrantKey {
				lookup = seam.AccessGrantLookup{AccessGrantKey: value}
			}
			g, err := client.GetAccessGrant(ctx, lookup)
			if err != nil {
				return nil, err
			}
			return &grant{AccessGrant: g, requested: g.RequestedAccessMethods}, nil
		},
		ReadMore: func(ctx context.Context, client *seam.Client, g *grant) (err error) {
			g.methods, err = client.ListAccessMethods(ctx, seam.AccessMethodFilter{AccessGrantID: g.AccessGrantID})
			return err
		},
	}
}
