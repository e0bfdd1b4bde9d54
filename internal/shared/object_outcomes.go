package shared

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// What every object's Read, Delete and data source say when Seam does not have the object,
// or answers with another one.

// GoneWarning is Read's warning for an object Seam no longer has, in the workspace the state
// holds it in: it leaves the state, and the next apply makes it again. workspace is the
// state's, or "" for state written before the provider recorded it.
func GoneWarning(d Descriptor, id, workspace string, notFound *seam.NotFoundError, src Source) diag.Diagnostic {
	of, why := fmt.Sprintf(" (of workspace %q, the credential's)", workspace), " It may have been deleted outside Terraform."
	if workspace == "" {
		of, why = "", " It may have been deleted outside Terraform, or the credential may now be for another workspace "+
			"(the state does not say which workspace it was made in); if the credential changed workspace by mistake, restore "+
			"it before applying."
	}
	return diag.NewWarningDiagnostic(d.Title()+" not found",
		fmt.Sprintf("Seam answered that %s %q%s does not exist%s, with the credential from %s.%s It is removed from the "+
			"state, and the next apply creates a new one.", d.Noun, id, of, RequestIDSuffix(notFound.RequestID), src, why))
}

// DeleteDiagnostics words what Delete's call to Seam came to: an object already gone is what
// the destroy wanted, and only logged, once the guard has shown it is not in another
// workspace; any other error is the client's, worded for the user.
func DeleteDiagnostics(ctx context.Context, err error, guard WorkspaceGuard) diag.Diagnostics {
	var notFound *seam.NotFoundError
	switch {
	case errors.As(err, &notFound):
		if diags := guard.NotFound(ctx); diags.HasError() {
			return diags
		}
		tflog.Debug(ctx, "Seam "+guard.Object.Noun+" was already gone", map[string]any{guard.Object.IDAttr: guard.ID})
	case err != nil:
		return diag.Diagnostics{APIErrorDiagnostic(fmt.Sprintf("Deleting %s %q", guard.Object.Noun, guard.ID), err, guard.Source)}
	}
	return nil
}

// NotFoundDiagnostic is a data source's error for a lookup Seam has nothing for: asked names
// the key and value (`webhook_id "wh_1"`), at the attribute that holds it.
func NotFoundDiagnostic(at path.Path, d Descriptor, asked string, notFound *seam.NotFoundError, src Source) diag.Diagnostic {
	return diag.NewAttributeErrorDiagnostic(at, d.Title()+" not found",
		fmt.Sprintf("Seam has no %s with %s in the workspace of the credential from %s. Seam answered HTTP %d%s.",
			d.Noun, asked, src, notFound.StatusCode, RequestIDSuffix(notFound.RequestID)))
}

// DifferentObjectDiagnostic refuses an object other than the one asked for: a server that
// matches loosely must not hand over another user's object. got names what Seam answered with.
func DifferentObjectDiagnostic(at path.Path, d Descriptor, asked, got string) diag.Diagnostic {
	return diag.NewAttributeErrorDiagnostic(at, "Seam returned a different "+d.Noun,
		fmt.Sprintf("The provider asked for the %s with %s, and Seam answered with %s. Its values are not used. "+
			"Check the endpoint: it should be Seam's API.", d.Noun, asked, got))
}
