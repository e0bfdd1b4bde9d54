package space

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// NewListResource finds spaces for `terraform query`, with the devices each holds.
func NewListResource() list.ListResource {
	return &shared.ListResource[space]{
		ResourceBase: shared.ResourceBase{Object: descriptor},
		Doc: "Finds spaces for `terraform query`, to adopt with import blocks: each with its name, key and the devices it " +
			"holds (one list of the workspace's devices serves every space). A space holds no secret.",
		Filters: map[string]listschema.Attribute{
			"search": listschema.StringAttribute{Optional: true, Validators: shared.NonEmpty,
				Description: "Only spaces whose name, key or customer key holds this text."},
			attrSpaceKey:    listschema.StringAttribute{Optional: true, Validators: shared.NonEmpty, Description: "Only the space with this key."},
			attrCustomerKey: listschema.StringAttribute{Optional: true, Validators: shared.NonEmpty, Description: "Only spaces of this customer."},
		},
		Table: attributes, ID: spaceID, Display: func(sp *space) string { return sp.DisplayName },
		Find: func(ctx context.Context, client *seam.Client, config shared.Attrs, withResource bool) ([]space, error) {
			spaces, err := client.ListSpaces(ctx, seam.SpaceFilter{Search: config.String("search"), SpaceKey: config.String(attrSpaceKey),
				CustomerKey: config.String(attrCustomerKey)})
			if err != nil {
				return nil, err
			}
			// Every space's devices from one list of the workspace's devices, not a list per space.
			held := map[string][]string{}
			if withResource {
				devices, err := client.ListDevices(ctx, seam.DeviceFilter{})
				if err != nil {
					return nil, err
				}
				for _, dev := range devices {
					for _, sp := range dev.SpaceIDs {
						held[sp] = append(held[sp], dev.DeviceID)
					}
				}
			}
			out := make([]space, len(spaces))
			for i := range spaces {
				out[i] = space{Space: &spaces[i], devices: held[spaces[i].SpaceID], entrances: []string{}}
			}
			return out, nil
		},
	}
}
