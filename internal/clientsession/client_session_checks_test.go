package clientsession_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// The addresses the client session's tests read, and the checks of their values against
// Seam's raw JSON.
const (
	dataAddr     = "data.seam_client_session.test"
	echoAddr     = "echo.test"
	listAddr     = "data.seam_client_sessions.test"
	resourceAddr = "seam_client_session.test"
)

// dataSourceChecks asserts every attribute of the data source against Seam's raw JSON for
// the session, and that token is sensitive.
func dataSourceChecks(raw map[string]any) []statecheck.StateCheck {
	return acctest.ClientSessionDataSourceChecks(dataAddr, raw)
}

// echoChecks asserts every attribute of an ephemeral result that the echo provider
// copied into echo.test's data.
func echoChecks(raw map[string]any) []statecheck.StateCheck {
	return acctest.ClientSessionChecks(echoAddr, func(name string) tfjsonpath.Path { return tfjsonpath.New("data").AtMapKey(name) }, raw)
}

// expectSessionAsSeamHasIt checks every session attribute of seam_client_session.test
// against Seam's raw JSON for the session whose ID the state holds, fetched when the check runs.
func expectSessionAsSeamHasIt(t *testing.T, tg *acctest.Target) statecheck.StateCheck {
	return acctest.ExpectAsSeamHasIt(resourceAddr, func(id string) map[string]any { return tg.GetClientSession(t, id) },
		acctest.ClientSessionExpectations)
}

// rawID is a session's ID from Seam's raw JSON.
func rawID(raw map[string]any) string { return acctest.RawString(raw, "client_session_id") }
