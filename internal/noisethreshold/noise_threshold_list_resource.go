package noisethreshold

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewListResource finds a sensor's noise thresholds for `terraform query`, its own among them,
// each with the level it was set by, so that generated configuration sets exactly one.
func NewListResource() list.ListResource {
	return &shared.ListResource[threshold]{
		ResourceBase: shared.ResourceBase{Object: descriptor},
		Doc: "Finds the noise thresholds of a noise sensor for `terraform query`, those it came with among them, to adopt with " +
			"import blocks. A threshold set in NRS is found with its NRS level alone. A threshold holds no secret.",
		Filters: map[string]listschema.Attribute{
			attrDeviceID: listschema.StringAttribute{Required: true, Validators: shared.NonEmpty,
				Description: "The noise sensor whose thresholds to find (Seam lists thresholds by device)."},
		},
		Table: attributes, ID: thresholdID, Display: func(t *threshold) string { return t.Name },
		Find: func(ctx context.Context, client *seam.Client, config shared.Attrs, _ bool) ([]threshold, error) {
			thresholds, err := client.ListNoiseThresholds(ctx, config.String(attrDeviceID))
			out := make([]threshold, len(thresholds))
			for i := range thresholds {
				out[i] = asSet(&thresholds[i])
			}
			return out, err
		},
	}
}
