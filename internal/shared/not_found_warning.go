package shared

import (
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// GoneWarning is Read's warning for an object Seam no longer has: it leaves the state, and the
// next apply makes it again. Seam cannot say why, so the warning names both causes.
func GoneWarning(object, id string, notFound *seam.NotFoundError, src Source) diag.Diagnostic {
	return diag.NewWarningDiagnostic(strings.ToUpper(object[:1])+object[1:]+" not found",
		fmt.Sprintf("Seam answered that %s %q does not exist%s, with the credential from %s. It may have been deleted "+
			"outside Terraform, or the credential may now be for another workspace. It is removed from the state, and the "+
			"next apply creates a new one; if the credential changed workspace by mistake, restore it before applying.",
			object, id, RequestIDSuffix(notFound.RequestID), src))
}
