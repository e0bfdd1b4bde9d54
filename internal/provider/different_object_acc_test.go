package provider_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/seamapi/terraform-provider-seam/internal/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/fakeseam"
)

// Every data source takes only the object it asked for: a server that matches loosely, here
// one that answers every get with Seam's documented example object, must not hand over
// another one, by ID or by key. The error names what was asked and what came back.
func TestAccDataSources_refuseAnotherObjectThanAskedFor(t *testing.T) {
	t.Parallel()
	tg := acctest.Seam(t)
	examples := map[string]string{
		"/spaces/get": "space.json", "/access_grants/get": "access_grant.json", "/user_identities/get": "user_identity.json",
		"/webhooks/get": "webhook.json", "/connect_webviews/get": "connect_webview.json", "/devices/get": "device.json",
		"/connected_accounts/get": "connected_account.json",
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := os.ReadFile(filepath.Join("..", "seam", "testdata", examples[r.URL.Path]))
		if examples[r.URL.Path] == "" || err != nil {
			http.Error(w, "not served here", http.StatusTeapot)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	}))
	t.Cleanup(srv.Close)
	provider := fmt.Sprintf("provider \"seam\" {\n endpoint = %q\n api_key = %q\n}\n", srv.URL, fakeseam.SeedAPIKey)
	cases := []struct {
		dataSource, lookup string
		want               []string
	}{
		{"seam_space", `space_id = "spc_mine"`,
			[]string{"Seam returned a different space", `space_id "spc_mine"`, `space "2f5a6b7c-1111-4d4e-8f5a-0123456789ab"`}},
		{"seam_space", `space_key = "my_key"`, []string{"Seam returned a different space", `space_key "my_key"`}},
		{"seam_access_grant", `access_grant_id = "ag_mine"`,
			[]string{"Seam returned a different access grant", `access_grant_id "ag_mine"`, `access grant "3a6b7c8d-1111-4e5f-9a6b-0123456789ab"`}},
		{"seam_access_grant", `access_grant_key = "my_key"`, []string{"Seam returned a different access grant", `access_grant_key "my_key"`}},
		{"seam_user_identity", `user_identity_id = "ui_mine"`,
			[]string{"Seam returned a different user identity", `user_identity_id "ui_mine"`, `user identity "5d1a7c3e-4444-4b2a-8c1d-0123456789ab"`}},
		{"seam_user_identity", `user_identity_key = "my_key"`, []string{"Seam returned a different user identity", `user_identity_key "my_key"`}},
		{"seam_webhook", `webhook_id = "wh_mine"`, []string{"Seam returned a different webhook", `webhook_id "wh_mine"`, `webhook "wh_7f3a"`}},
		{"seam_connect_webview", `connect_webview_id = "cw_mine"`,
			[]string{"Seam returned a different Connect Webview", `connect_webview_id "cw_mine"`, `Connect Webview "0b6f7a8e-1111-4c3d-9e2f-0123456789ab"`}},
		{"seam_device", `device_id = "dev_mine"`,
			[]string{"Seam returned a different device", `device_id "dev_mine"`, `device "0d3e4f5a-1111-4b2c-8d3e-0123456789ab"`}},
		{"seam_connected_account", `connected_account_id = "ca_mine"`,
			[]string{"Seam returned a different connected account", `connected_account_id "ca_mine"`, `connected account "1e4f5a6b-1111-4c3d-9e4f-0123456789ab"`}},
	}
	for _, tc := range cases {
		t.Run(tc.dataSource+" by "+tc.lookup, func(t *testing.T) {
			tg.Run(t, resource.TestCase{Steps: []resource.TestStep{{
				Config:      provider + fmt.Sprintf("data %q \"test\" { %s }", tc.dataSource, tc.lookup),
				ExpectError: acctest.ErrorMatching(tc.want...),
			}}})
		})
	}
}
