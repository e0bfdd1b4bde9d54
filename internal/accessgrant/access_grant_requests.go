package accessgrant

import (
	"context"
	"slices"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// createRequest is what the plan asks Seam to make; unknown and null values are left out.
func createRequest(plan shared.Attrs) seam.CreateAccessGrantRequest {
	req := seam.CreateAccessGrantRequest{UserIdentityID: plan.String(attrUserIdentityID), Name: plan.String(attrName),
		AccessGrantKey: plan.String(attrAccessGrantKey), SpaceIDs: plan.Strings(attrSpaceIDs), DeviceIDs: plan.Strings(attrDeviceIDs),
		AcsEntranceIDs: plan.Strings(attrAcsEntranceIDs)}
	for _, r := range plan.Objects(attrRequestedAccessMethods) {
		req.RequestedAccessMethods = append(req.RequestedAccessMethods, seam.RequestedAccessMethod{Mode: r.String(attrMode),
			Code: r.StringPointer(attrCode)})
	}
	req.StartsAt, _ = plan.Time(attrStartsAt)
	req.EndsAt, _ = plan.Time(attrEndsAt)
	return req
}

// updateRequest is what /access_grants/update changes from state to plan: only what differs,
// so that an ended grant's unchanged ends_at, which Seam would refuse as past, is never sent.
// The grant is selected by its ID; its key never changes (a new key replaces the grant).
func updateRequest(plan, state shared.Attrs) seam.UpdateAccessGrantRequest {
	return seam.UpdateAccessGrantRequest{AccessGrantID: state.String(attrID), Name: shared.StringChange(plan, state, attrName),
		StartsAt: shared.TimeChange(plan, state, attrStartsAt), EndsAt: shared.TimeChange(plan, state, attrEndsAt)}
}

// madeBy reports whether g is what req asked for, as far as Seam's object shows.
func madeBy(req seam.CreateAccessGrantRequest) func(*seam.AccessGrant) bool {
	modes := func(methods []seam.RequestedAccessMethod) []string {
		out := make([]string, len(methods))
		for i, m := range methods {
			out[i] = m.Mode
		}
		return slices.Sorted(slices.Values(out))
	}
	same := func(got *string, want string) bool { return want == "" || got != nil && *got == want }
	return func(g *seam.AccessGrant) bool {
		return g.UserIdentityID == req.UserIdentityID && slices.Equal(modes(g.RequestedAccessMethods), modes(req.RequestedAccessMethods)) &&
			!slices.ContainsFunc(req.SpaceIDs, func(id string) bool { return !slices.Contains(g.SpaceIDs, id) }) &&
			same(g.Name, req.Name) && same(g.AccessGrantKey, req.AccessGrantKey) &&
			(req.EndsAt.IsZero() || g.EndsAt != nil && instant.Same(*g.EndsAt, req.EndsAt))
	}
}

// lookupKey gets the grant with key, or nil when there is none.
func lookupKey(ctx context.Context, client *seam.Client, key string) (*seam.AccessGrant, error) {
	return shared.AbsentIfNotFound(client.GetAccessGrant(ctx, seam.AccessGrantLookup{AccessGrantKey: key}))
}

func listGrants(filter seam.AccessGrantFilter) func(context.Context, *seam.Client) ([]seam.AccessGrant, error) {
	return func(ctx context.Context, client *seam.Client) ([]seam.AccessGrant, error) {
		return client.ListAccessGrants(ctx, filter)
	}
}

func getGrant(ctx context.Context, client *seam.Client, id string) (*seam.AccessGrant, error) {
	return client.GetAccessGrant(ctx, seam.AccessGrantLookup{AccessGrantID: id})
}
