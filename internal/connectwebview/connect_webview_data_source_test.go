package connectwebview_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// The data source reads the webview Seam has, every attribute from Seam's raw JSON, after the
// end user's login too; an ID Seam does not have is an error that names it.
func TestAccConnectWebviewDataSource_readsWhatSeamHas(t *testing.T) {
	t.Parallel()
	tg := acctest.FullAPI(t)
	created := tg.Object(t, "/connect_webviews/create", map[string]any{
		"accepted_providers": []string{"august"}, "customer_key": "ck_ds", "custom_metadata": map[string]any{"floor": "3"},
	}, "connect_webview")
	id := acctest.RawString(created, "connect_webview_id")
	tg.Post(t, "/_fake/complete_connect_webview", map[string]any{"connect_webview_id": id})
	raw := tg.Object(t, "/connect_webviews/get", map[string]any{"connect_webview_id": id}, "connect_webview")
	var checks []statecheck.StateCheck
	for name, check := range webviewExpectations(raw) {
		checks = append(checks, statecheck.ExpectKnownValue("data.seam_connect_webview.test", tfjsonpath.New(name), check))
	}
	tg.Run(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config:            tg.ProviderBlock() + fmt.Sprintf(`data "seam_connect_webview" "test" { connect_webview_id = %q }`, id),
			ConfigStateChecks: checks,
		}},
	})
	acctest.RunErrorCases(t, tg, []acctest.ErrorCase{{
		Name:   "not found",
		Config: tg.ProviderBlock() + `data "seam_connect_webview" "test" { connect_webview_id = "0b6f7a8e-9999-4c3d-9e2f-0123456789ab" }`,
		Want:   []string{"Connect Webview not found", `connect_webview_id "0b6f7a8e-9999-4c3d-9e2f-0123456789ab"`, "request ID"},
	}})
}
