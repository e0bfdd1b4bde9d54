package space

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewDataSource reads a space by its ID or its key, with the devices Seam lists in it.
func NewDataSource() datasource.DataSource {
	return &shared.Lookup[space]{
		DataSourceBase: shared.DataSourceBase{Object: descriptor},
		Doc:            "Reads a Seam space by `space_id` or `space_key`, with the devices it holds.",
		Table:          attributes, Keys: []string{attrSpaceID, attrSpaceKey},
		Get: func(ctx context.Context, client *seam.Client, key, value string) (*space, error) {
			lookup := seam.SpaceLookup{SpaceID: value}
			if key == attrSpaceKey {
				lookup = seam.SpaceLookup{SpaceKey: value}
			}
			sp, err := client.GetSpace(ctx, lookup)
			if err != nil {
				return nil, err
			}
			return &space{Space: sp}, nil
		},
		ReadMore: func(ctx context.Context, client *seam.Client, sp *space) (err error) {
			sp.devices, err = spaceDevices(ctx, client, sp.SpaceID)
			return err
		},
	}
}

// spaceDevices are the IDs of the devices the space holds, as Seam lists them.
func spaceDevices(ctx context.Context, client *seam.Client, spaceID string) ([]string, error) {
	devices, err := client.ListDevices(ctx, seam.DeviceFilter{SpaceID: spaceID})
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(devices))
	for i, d := range devices {
		ids[i] = d.DeviceID
	}
	return ids, nil
}
