package noisethreshold

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewDataSource reads a noise threshold by its ID, with every level Seam holds.
func NewDataSource() datasource.DataSource {
	return &shared.Lookup[threshold]{
		DataSourceBase: shared.DataSourceBase{Object: descriptor},
		Doc:            "Reads a noise threshold of a Seam noise sensor by `noise_threshold_id`.",
		Table:          attributes, Keys: []string{attrNoiseThresholdID},
		Get: func(ctx context.Context, client *seam.Client, _, id string) (*threshold, error) {
			t, err := client.GetNoiseThreshold(ctx, id)
			if err != nil {
				return nil, err
			}
			view := asSeamHasIt(t)
			return &view, nil
		},
	}
}
