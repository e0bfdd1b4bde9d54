package provider_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	tfjson "github.com/hashicorp/terraform-json"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// examples/story, as a team applies it: a user identity, a Connect Webview, a client session
// for both and a webhook, applied together with the real CLI and binary. The end user then
// logs in through the webview (the fake's login simulation): Seam gives the session the new
// account, and the next plan is empty. Destroy removes all four from Seam.
func TestAccStory_fourObjectsAppliedTogetherAndTheLoginIsNoChange(t *testing.T) {
	tg := acctest.FullAPI(t)
	tg.RequireStandIn(t)
	t.Setenv("SEAM_ENDPOINT", tg.Endpoint)
	t.Setenv("SEAM_API_KEY", tg.APIKey)
	root, err := fakeseam.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	story, err := os.ReadFile(filepath.Join(root, "examples", "story", "main.tf"))
	if err != nil {
		t.Fatal(err)
	}
	cliConfig := acctest.BuildProvider(t)
	dir := acctest.WriteConfig(t, string(story))
	terraform := acctest.TerraformIn(t, cliConfig, dir)
	key := acctest.UniqueKey(t)

	out := terraform("apply", "-auto-approve", "-var=user_key="+key)
	acctest.ExpectInOrder(t, "apply", out, "Apply complete! Resources: 4 added, 0 changed, 0 destroyed.")
	got := outputs(t, terraform)

	identity := tg.Object(t, "/user_identities/get", map[string]any{"user_identity_key": key}, "user_identity")
	session := tg.Object(t, "/client_sessions/get", map[string]any{"client_session_id": got["client_session_id"]}, "client_session")
	var webviewID string
	if ids, _ := session["connect_webview_ids"].([]any); len(ids) == 1 {
		webviewID, _ = ids[0].(string)
	}
	webview := tg.Object(t, "/connect_webviews/get", map[string]any{"connect_webview_id": webviewID}, "connect_webview")
	hook := tg.Object(t, "/webhooks/get", map[string]any{"webhook_id": got["webhook_id"]}, "webhook")
	switch {
	case identity == nil || webview == nil || hook == nil:
		t.Fatalf("Seam lacks an object of the story: identity %v, webview %v, webhook %v", identity, webview, hook)
	case acctest.RawString(session, "user_identity_id") != acctest.RawString(identity, "user_identity_id"):
		t.Errorf("the session's user identity is %v, want %v", session["user_identity_id"], identity["user_identity_id"])
	case got["user_identity_id"] != identity["user_identity_id"] || got["display_name"] != identity["display_name"] ||
		got["connect_webview_id"] != webviewID:
		t.Errorf("outputs %v, Seam's identity %v", got, identity)
	}

	tg.Post(t, "/_fake/complete_connect_webview", map[string]any{"connect_webview_id": webviewID})
	out = terraform("plan", "-detailed-exitcode", "-var=user_key="+key)
	acctest.ExpectInOrder(t, "plan after the login", out, "No changes.")
	terraform("apply", "-refresh-only", "-auto-approve", "-var=user_key="+key)
	account := acctest.RawString(tg.Object(t, "/connect_webviews/get", map[string]any{"connect_webview_id": webviewID}, "connect_webview"), "connected_account_id")
	sessionState, webviewState := stateValues(t, terraform, "seam_client_session.jane"), stateValues(t, terraform, "seam_connect_webview.jane")
	if accounts, _ := sessionState["connected_account_ids"].([]any); account == "" || !slices.Contains(accounts, any(account)) ||
		webviewState["status"] != "authorized" || webviewState["connected_account_id"] != account {
		t.Errorf("after the login the state has session %v and webview %v; the webview's account is %q", sessionState, webviewState, account)
	}

	out = terraform("destroy", "-auto-approve", "-var=user_key="+key)
	acctest.ExpectInOrder(t, "destroy", out, "Destroy complete! Resources: 4 destroyed.")
	for _, gone := range []struct {
		path, key string
		body      map[string]any
	}{
		{"/user_identities/get", "user_identity", map[string]any{"user_identity_key": key}},
		{"/client_sessions/get", "client_session", map[string]any{"client_session_id": got["client_session_id"]}},
		{"/connect_webviews/get", "connect_webview", map[string]any{"connect_webview_id": webviewID}},
		{"/webhooks/get", "webhook", map[string]any{"webhook_id": got["webhook_id"]}},
	} {
		if tg.Object(t, gone.path, gone.body, gone.key) != nil {
			t.Errorf("%s still finds %v after destroy", gone.path, gone.body)
		}
	}
}

// outputs is the story's jane output, as terraform output -json prints it.
func outputs(t *testing.T, terraform func(args ...string) string) map[string]any {
	t.Helper()
	var out struct {
		Jane struct {
			Value map[string]any `json:"value"`
		} `json:"jane"`
	}
	if err := json.Unmarshal([]byte(terraform("output", "-json")), &out); err != nil {
		t.Fatal(err)
	}
	return out.Jane.Value
}

// stateValues are the attribute values of the resource at addr, as terraform show -json prints them.
func stateValues(t *testing.T, terraform func(args ...string) string, addr string) map[string]any {
	t.Helper()
	var state tfjson.State
	if err := json.Unmarshal([]byte(terraform("show", "-json")), &state); err != nil {
		t.Fatal(err)
	}
	values, err := acctest.ResourceValues(&state, addr)
	if err != nil {
		t.Fatal(err)
	}
	return values
}
