package shared

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// What every object's Read, Delete and data source say when Seam does not have the object,
// or answers with another one. object is the noun as written mid-sentence ("client session",
// "Connect Webview").

func title(object string) string { return strings.ToUpper(object[:1]) + object[1:] }

// GoneWarning is Read's warning for an object Seam no longer has: it leaves the state, and the
// next apply makes it again. Seam cannot say why, so the warning names both causes. workspace
// is the one the state holds, or "" for an object that has none.
func GoneWarning(object, id, workspace string, notFound *seam.NotFoundError, src Source) diag.Diagnostic {
	of := ""
	if workspace != "" {
		of = fmt.Sprintf(" (of workspace %q)", workspace)
	}
	return diag.NewWarningDiagnostic(title(object)+" not found",
		fmt.Sprintf("Seam answered that %s %q%s does not exist%s, with the credential from %s. It may have been deleted "+
			"outside Terraform, or the credential may now be for another workspace. It is removed from the state, and the "+
			"next apply creates a new one; if the credential changed workspace by mistake, restore it before applying.",
			object, id, of, RequestIDSuffix(notFound.RequestID), src))
}

// DeleteDiagnostics words what Delete's call to Seam came to: an object already gone is what
// the destroy wanted, and only logged; any other error is the client's, worded for the user.
func DeleteDiagnostics(ctx context.Context, err error, object, idAttr, id string, src Source) diag.Diagnostics {
	var notFound *seam.NotFoundError
	switch {
	case errors.As(err, &notFound):
		tflog.Debug(ctx, "Seam "+object+" was already gone", map[string]any{idAttr: id})
	case err != nil:
		return diag.Diagnostics{APIErrorDiagnostic(fmt.Sprintf("Deleting %s %q", object, id), err, src)}
	}
	return nil
}

// NotFoundDiagnostic is a data source's error for a lookup Seam has nothing for: asked names
// the key and value (`webhook_id "wh_1"`), at the attribute that holds it.
func NotFoundDiagnostic(at path.Path, object, asked string, notFound *seam.NotFoundError, src Source) diag.Diagnostic {
	return diag.NewAttributeErrorDiagnostic(at, title(object)+" not found",
		fmt.Sprintf("Seam has no %s with %s in the workspace of the credential from %s. Seam answered HTTP %d%s.",
			object, asked, src, notFound.StatusCode, RequestIDSuffix(notFound.RequestID)))
}

// DifferentObjectDiagnostic refuses an object other than the one asked for: a server that
// matches loosely must not hand over another user's object. got names what Seam answered with.
func DifferentObjectDiagnostic(at path.Path, object, asked, got string) diag.Diagnostic {
	return diag.NewAttributeErrorDiagnostic(at, "Seam returned a different "+object,
		fmt.Sprintf("The provider asked for the %s with %s, and Seam answered with %s. Its values are not used. "+
			"Check the endpoint: it should be Seam's API.", object, asked, got))
}
