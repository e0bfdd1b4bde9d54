package accessgrant

import (
	"context"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// requested is one requested access method as the configuration writes it.
type requested struct {
	Mode types.String `tfsdk:"mode"`
	Code types.String `tfsdk:"code"`
}

// createRequest is what the plan asks Seam to make; unknown and null values are left out.
func (m *accessGrantResourceModel) createRequest(ctx context.Context) (seam.CreateAccessGrantRequest, diag.Diagnostics) {
	var diags diag.Diagnostics
	req := seam.CreateAccessGrantRequest{UserIdentityID: m.UserIdentityID.ValueString(), Name: m.Name.ValueString(),
		AccessGrantKey: m.AccessGrantKey.ValueString()}
	for _, set := range []struct {
		from types.Set
		into *[]string
	}{{m.SpaceIDs, &req.SpaceIDs}, {m.DeviceIDs, &req.DeviceIDs}, {m.AcsEntranceIDs, &req.AcsEntranceIDs}} {
		ids, d := shared.KnownStrings(ctx, set.from)
		diags.Append(d...)
		*set.into = ids
	}
	var methods []requested
	diags.Append(m.RequestedAccessMethods.ElementsAs(ctx, &methods, false)...)
	for _, r := range methods {
		method := seam.RequestedAccessMethod{Mode: r.Mode.ValueString()}
		if !r.Code.IsUnknown() {
			method.Code = r.Code.ValueStringPointer()
		}
		req.RequestedAccessMethods = append(req.RequestedAccessMethods, method)
	}
	if t, ok := m.StartsAt.Time(); ok {
		req.StartsAt = t
	}
	if t, ok := m.EndsAt.Time(); ok {
		req.EndsAt = t
	}
	return req, diags
}

// updateRequest is what /access_grants/update changes from state to m: only what differs,
// so that an ended grant's unchanged ends_at, which Seam would refuse as past, is never sent.
// The grant is selected by its ID; its key never changes (a new key replaces the grant).
func (m *accessGrantResourceModel) updateRequest(state accessGrantResourceModel) seam.UpdateAccessGrantRequest {
	return seam.UpdateAccessGrantRequest{AccessGrantID: state.ID.ValueString(), Name: shared.StringChange(m.Name, state.Name),
		StartsAt: shared.TimeChange(m.StartsAt, state.StartsAt), EndsAt: shared.TimeChange(m.EndsAt, state.EndsAt)}
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

func grantID(g *seam.AccessGrant) string { return g.AccessGrantID }
