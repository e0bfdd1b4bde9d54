package clientsession_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// echoed copies an ephemeral result into echo.test's state, where the test can read it.
const echoed = `
provider "echo" {
  data = ephemeral.seam_client_session.test
}
resource "echo" "test" {}
`

// Ephemeral resources came in Terraform 1.10 and OpenTofu 1.11.
var ephemeralNeedsTerraform110 = []tfversion.TerraformVersionCheck{acctest.SkipBelow("1.10.0", "1.11.0")}

func TestAccClientSessionEphemeralResource_lookupByIDAndByKey(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	key := acctest.UniqueKey(t)
	created := tg.CreateClientSession(t, map[string]any{"user_identifier_key": key})
	tg.Run(t, resource.TestCase{
		TerraformVersionChecks: ephemeralNeedsTerraform110,
		Steps: []resource.TestStep{
			acctest.EphemeralStep(resource.TestStep{
				Config:            tg.ProviderBlock() + fmt.Sprintf(`ephemeral "seam_client_session" "test" { client_session_id = %q }`, rawID(created)) + echoed,
				ConfigStateChecks: echoChecks(created),
			}),
			acctest.EphemeralStep(resource.TestStep{
				Config:            tg.ProviderBlock() + fmt.Sprintf(`ephemeral "seam_client_session" "test" { user_identifier_key = %q }`, key) + echoed,
				ConfigStateChecks: echoChecks(created),
			}),
		},
	})
}

// The use the ephemeral resource exists for: a token that configures a second provider
// and never reaches the state. Through that provider, the client session token reads
// its own session with no lookup key.
func TestAccClientSessionEphemeralResource_tokenConfiguresAProviderAndStaysOutOfState(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	key := acctest.UniqueKey(t)
	created := tg.CreateClientSession(t, map[string]any{"user_identifier_key": key})
	config := tg.ProviderBlock() + fmt.Sprintf(`
ephemeral "seam_client_session" "user" {
  user_identifier_key = %q
}

provider "seam" {
  alias                = "as_user"
  endpoint             = %q
  client_session_token = ephemeral.seam_client_session.user.token
}

ephemeral "seam_client_session" "own" {
  provider = seam.as_user
}

provider "echo" {
  data = {
    id                  = ephemeral.seam_client_session.own.id
    user_identifier_key = ephemeral.seam_client_session.own.user_identifier_key
  }
}
resource "echo" "test" {}
`, key, tg.Endpoint)
	tg.Run(t, resource.TestCase{
		TerraformVersionChecks: ephemeralNeedsTerraform110,
		Steps: []resource.TestStep{acctest.EphemeralStep(resource.TestStep{
			Config: config,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(echoAddr, tfjsonpath.New("data").AtMapKey("id"), knownvalue.StringExact(rawID(created))),
				statecheck.ExpectKnownValue(echoAddr, tfjsonpath.New("data").AtMapKey("user_identifier_key"), knownvalue.StringExact(key)),
				acctest.ExpectNoSecretInState(acctest.RawString(created, "token"), tg.APIKey),
			},
		})},
	})
}

func TestAccClientSessionEphemeralResource_errorsMatchTheDataSource(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	acctest.RunErrorCases(t, tg, []acctest.ErrorCase{
		{
			Name:   "not found",
			Config: tg.ProviderBlock() + `ephemeral "seam_client_session" "test" { client_session_id = "does_not_exist" }` + echoed,
			Want:   []string{"Client session not found", `client_session_id "does_not_exist"`, "request ID"},
		},
		{
			Name:   "both keys",
			Config: tg.ProviderBlock() + "ephemeral \"seam_client_session\" \"test\" {\n client_session_id = \"a\"\n user_identifier_key = \"b\"\n}" + echoed,
			Want:   []string{"Invalid Attribute Combination", "cannot be configured together"},
		},
		{
			Name:   "no key with an API key",
			Config: tg.ProviderBlock() + `ephemeral "seam_client_session" "test" {}` + echoed,
			Want:   []string{"No client session lookup key"},
		},
	}, ephemeralNeedsTerraform110...)
}
