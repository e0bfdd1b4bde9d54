package shared

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// ReadGuarded is how every resource's Read asks Seam for the object the state holds: the
// workspace guard first (a personal access token's workspace), then get. When Seam says the
// object is not there, the guard tells a deletion from a switched workspace: a deletion takes
// it out of the state, with a warning; a switch is an error. nil means Read is done.
func ReadGuarded[T any](ctx context.Context, guard WorkspaceGuard, get func(context.Context) (*T, error), resp *resource.ReadResponse) *T {
	if resp.Diagnostics.Append(guard.Local()...); resp.Diagnostics.HasError() {
		return nil
	}
	object, err := get(ctx)
	var notFound *seam.NotFoundError
	switch {
	case errors.As(err, &notFound):
		if resp.Diagnostics.Append(guard.NotFound(ctx)...); resp.Diagnostics.HasError() {
			return nil
		}
		resp.Diagnostics.Append(GoneWarning(guard.Object, guard.ID, guard.Had, notFound, guard.Source))
		resp.State.RemoveResource(ctx)
		return nil
	case err != nil:
		resp.Diagnostics.Append(APIErrorDiagnostic(fmt.Sprintf("Reading %s %q", guard.Object.Noun, guard.ID), err, guard.Source))
		return nil
	}
	return object
}

// DeleteGuarded is every resource's Delete: the workspace guard, then del; an object already
// gone, in the credential's own workspace, is what the destroy wanted.
func DeleteGuarded(ctx context.Context, guard WorkspaceGuard, del func(context.Context) error, resp *resource.DeleteResponse) {
	if resp.Diagnostics.Append(guard.Local()...); resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(DeleteDiagnostics(ctx, del(ctx), guard)...)
}
