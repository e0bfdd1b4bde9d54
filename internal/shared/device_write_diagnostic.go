package shared

import (
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// DeviceWriteDiagnostic is the error of a write whose device did not carry it out (Seam's
// action attempt failed, or was still pending when the wait ended); then says what Terraform
// does with the object now. Any other error is worded as APIErrorDiagnostic words it.
func DeviceWriteDiagnostic(action string, err error, credential Source, then string) diag.Diagnostic {
	var failed *seam.ActionAttemptError
	var pending *seam.ActionAttemptPendingError
	switch {
	case errors.As(err, &failed):
		return diag.NewErrorDiagnostic("The device did not carry out the change",
			fmt.Sprintf("%s failed: %s. %s Check the device in Seam Console (online, in range, and accepting the value), "+
				"then apply again.", action, failed, then))
	case errors.As(err, &pending):
		return diag.NewErrorDiagnostic("The device has not carried out the change yet",
			fmt.Sprintf("%s: %s. %s Apply again once the device is online, or raise the resource's timeouts for a slow one.",
				action, pending, then))
	}
	return APIErrorDiagnostic(action, err, credential)
}
