package shared

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// A credential Seam refuses is worded for the object at hand: the permission a webhook needs
// is not a client session's.
func TestAPIErrorDiagnostic_aRefusedCredentialNamesTheObjectsAtHand(t *testing.T) {
	src := FromEnv(SettingAPIKey, "SEAM_API_KEY")
	for _, objects := range []string{"webhooks", "user identities", "Connect Webviews", "client sessions"} {
		err := &seam.APIError{StatusCode: 403, Type: "forbidden", Message: "Forbidden", Objects: objects}
		checkOne(t, diag.Diagnostics{APIErrorDiagnostic("Reading it", err, src)}, "Seam rejected the credential",
			[]string{"the SEAM_API_KEY environment variable", "may manage " + objects + " in this workspace"})
	}
}
