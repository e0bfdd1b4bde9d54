package accessgrant

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// updateRefused words a refused update. An update of a grant that has ended sends only what
// changed, yet Seam may refuse it anyway: the error then says that the grant has ended, and
// what /access_grants/update can still change.
func updateRefused(action string, state shared.Attrs, err error, src shared.Source) diag.Diagnostic {
	var apiErr *seam.APIError
	ended, ok := state.Time(attrEndsAt)
	if !ok || ended.After(time.Now()) || !errors.As(err, &apiErr) || apiErr.Type == "" ||
		apiErr.StatusCode < http.StatusBadRequest || apiErr.StatusCode >= http.StatusInternalServerError || apiErr.IsAuth() {
		return shared.APIErrorDiagnostic(action, err, src)
	}
	return diag.NewErrorDiagnostic("Seam refused to change an access grant that has ended",
		fmt.Sprintf("%s failed: %s. The grant ended at %s. Of a grant, /access_grants/update changes only its name, "+
			"starts_at and ends_at, and an ends_at must be \"a time in the future and after starts_at\" (Seam's API reference): "+
			"an ended grant can take a new name, or an ends_at in the future, which opens it again. For anything else, make a "+
			"new grant: terraform apply -replace=%s.<name>, or remove this one from the configuration.",
			action, apiErr, ended.Format(time.RFC3339), descriptor.TypeName))
}
