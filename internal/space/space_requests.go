package space

import (
	"context"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// createRequest is what the plan asks Seam to make; unknown and null values are left out.
func (m *spaceResourceModel) createRequest(ctx context.Context) (seam.CreateSpaceRequest, diag.Diagnostics) {
	devices, diags := shared.KnownStrings(ctx, m.DeviceIDs)
	entrances, d := shared.KnownStrings(ctx, m.AcsEntranceIDs)
	diags.Append(d...)
	return seam.CreateSpaceRequest{Name: m.Name.ValueString(), SpaceKey: m.SpaceKey.ValueString(), DeviceIDs: devices,
		AcsEntranceIDs: entrances, CustomerKey: m.CustomerKey.ValueString()}, diags
}

// updateRequest is what /spaces/update changes: only what the plan changes, the devices and
// entrances replacing the space's. The space is selected by its ID; its key never changes (a
// new key replaces the space).
func (m *spaceResourceModel) updateRequest(ctx context.Context, state spaceResourceModel) (seam.UpdateSpaceRequest, diag.Diagnostics) {
	devices, diags := shared.StringsChange(ctx, m.DeviceIDs, state.DeviceIDs)
	entrances, d := shared.StringsChange(ctx, m.AcsEntranceIDs, state.AcsEntranceIDs)
	diags.Append(d...)
	return seam.UpdateSpaceRequest{SpaceID: state.ID.ValueString(), Name: shared.StringChange(m.Name, state.Name),
		DeviceIDs: devices, AcsEntranceIDs: entrances}, diags
}

// madeBy reports whether sp is what req asked for, as far as Seam's object shows.
func madeBy(req seam.CreateSpaceRequest) func(*seam.Space) bool {
	same := func(got *string, want string) bool { return want == "" || got != nil && *got == want }
	return func(sp *seam.Space) bool {
		return sp.Name == req.Name && same(sp.SpaceKey, req.SpaceKey) && same(sp.CustomerKey, req.CustomerKey) &&
			int(sp.DeviceCount) == len(slices.Compact(slices.Sorted(slices.Values(req.DeviceIDs))))
	}
}

// lookupKey gets the space with key, or nil when there is none.
func lookupKey(ctx context.Context, client *seam.Client, key string) (*seam.Space, error) {
	return shared.AbsentIfNotFound(client.GetSpace(ctx, seam.SpaceLookup{SpaceKey: key}))
}

func listSpaces(filter seam.SpaceFilter) func(context.Context, *seam.Client) ([]seam.Space, error) {
	return func(ctx context.Context, client *seam.Client) ([]seam.Space, error) {
		return client.ListSpaces(ctx, filter)
	}
}

func getSpace(ctx context.Context, client *seam.Client, id string) (*seam.Space, error) {
	return client.GetSpace(ctx, seam.SpaceLookup{SpaceID: id})
}

func spaceID(sp *seam.Space) string { return sp.SpaceID }
