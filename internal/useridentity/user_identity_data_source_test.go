package useridentity_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// By ID and by key, the data source reads the identity Seam has: every attribute from Seam's
// raw JSON.
func TestAccUserIdentityDataSource_byIDAndByKeyReadWhatSeamHas(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	key := acctest.UniqueKey(t)
	raw := tg.Object(t, "/user_identities/create", map[string]any{
		"user_identity_key": key, "email_address": "sam@example.com", "phone_number": "+15555550123", "full_name": "Sam Roe",
	}, "user_identity")
	var checks []statecheck.StateCheck
	for _, addr := range []string{"data.seam_user_identity.by_id", "data.seam_user_identity.by_key"} {
		for name, check := range identityExpectations(raw) {
			checks = append(checks, statecheck.ExpectKnownValue(addr, tfjsonpath.New(name), check))
		}
	}
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				Config: tg.ProviderBlock() + fmt.Sprintf(`
data "seam_user_identity" "by_id" {
  user_identity_id = %q
}
data "seam_user_identity" "by_key" {
  user_identity_key = %q
}
`, acctest.RawString(raw, "user_identity_id"), key),
				ConfigStateChecks: checks,
			},
		},
	})
}

// A key nobody has is an error naming it; neither key, or both, is refused at plan time.
func TestAccUserIdentityDataSource_errorsNameTheLookup(t *testing.T) {
	tg := acctest.FullAPI(t)
	acctest.RunErrorCases(t, tg, []acctest.ErrorCase{
		{Name: "not found", Config: tg.ProviderBlock() + `data "seam_user_identity" "none" { user_identity_key = "nobody_has_this_key" }`,
			Want: []string{"User identity not found", `user_identity_key "nobody_has_this_key"`, "request ID"}},
		{Name: "no key", Config: tg.ProviderBlock() + `data "seam_user_identity" "none" {}`,
			Want: []string{"Missing Attribute Configuration", "Exactly one of these attributes must be configured", "user_identity_id,user_identity_key"}},
		{Name: "both keys", Config: tg.ProviderBlock() + `data "seam_user_identity" "both" {
  user_identity_id  = "5d1a7c3e-4444-4b2a-8c1d-0123456789ab"
  user_identity_key = "jane"
}`, Want: []string{"Invalid Attribute Combination", "user_identity_id,user_identity_key"}},
	})
}
