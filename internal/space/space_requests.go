package space

import (
	"context"
	"slices"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// createRequest is what the plan asks Seam to make; unknown and null values are left out.
func createRequest(plan shared.Attrs) seam.CreateSpaceRequest {
	return seam.CreateSpaceRequest{Name: plan.String(attrName), SpaceKey: plan.String(attrSpaceKey), DeviceIDs: plan.Strings(attrDeviceIDs),
		AcsEntranceIDs: plan.Strings(attrAcsEntranceIDs), CustomerKey: plan.String(attrCustomerKey)}
}

// updateRequest is what /spaces/update changes: only what the plan changes, the devices and
// entrances replacing the space's. The space is selected by its ID; its key never changes (a
// new key replaces the space).
func updateRequest(plan, state shared.Attrs) seam.UpdateSpaceRequest {
	return seam.UpdateSpaceRequest{SpaceID: state.String(attrID), Name: shared.StringChange(plan, state, attrName),
		DeviceIDs: shared.StringsChange(plan, state, attrDeviceIDs), AcsEntranceIDs: shared.StringsChange(plan, state, attrAcsEntranceIDs)}
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
