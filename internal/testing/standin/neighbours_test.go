package standin_test

import (
	"fmt"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

func object(r reply, key string) map[string]any { o, _ := r.body[key].(map[string]any); return o }

// objects is the list under key in a reply, each item a JSON object (or nil).
func objects(r reply, key string) []map[string]any {
	raw, _ := r.body[key].([]any)
	out := make([]map[string]any, len(raw))
	for i, item := range raw {
		out[i], _ = item.(map[string]any)
	}
	return out
}

// A user identity's whole life: create, get by ID and by key, update (null clears), a key
// taken by another identity refused, another workspace's identity not found, delete.
func TestAccStandIn_userIdentitiesLiveAndDie(t *testing.T) {
	srv := standin.Start(t, acctest.SharedFake(t).URL)
	created := call(t, srv, workspace1, "/user_identities/create", map[string]any{
		"user_identity_key": "jane_key", "email_address": "jane@example.com", "full_name": "Jane Doe",
	})
	u := object(created, "user_identity")
	if created.status != 200 || str(u, "user_identity_key") != "jane_key" || str(u, "display_name") != "Jane Doe" ||
		u["phone_number"] != nil || str(u, "workspace_id") != fakeseam.SeedWorkspace {
		t.Fatalf("create: HTTP %d %v", created.status, created.body)
	}
	id := str(u, "user_identity_id")
	byKey := call(t, srv, pat1, "/user_identities/get", map[string]any{"user_identity_key": "jane_key"})
	if fmt.Sprint(object(byKey, "user_identity")) != fmt.Sprint(u) {
		t.Errorf("get by key: %v, want %v", byKey.body, u)
	}
	if r := call(t, srv, workspace1, "/user_identities/update", map[string]any{"user_identity_id": id, "full_name": nil, "phone_number": "+15555550100"}); r.status != 200 {
		t.Fatalf("update: HTTP %d %v", r.status, r.body)
	}
	got := object(call(t, srv, workspace1, "/user_identities/get", map[string]any{"user_identity_id": id}), "user_identity")
	if got["full_name"] != nil || str(got, "phone_number") != "+15555550100" || str(got, "display_name") != "jane@example.com" {
		t.Errorf("after update: %v", got)
	}
	call(t, srv, workspace1, "/user_identities/create", map[string]any{"user_identity_key": "john_key"})
	listed := call(t, srv, workspace1, "/user_identities/list", map[string]any{"search": "jane"})
	if items := objects(listed, "user_identities"); len(items) != 1 || str(items[0], "user_identity_id") != id {
		t.Errorf("list with search jane: %v", listed.body)
	}
	if r := call(t, srv, workspace1, "/user_identities/create", map[string]any{"user_identity_key": "jane_key"}); r.status != 400 {
		t.Errorf("a second identity with the key: HTTP %d %v, want 400", r.status, r.body)
	}
	if r := call(t, srv, workspace2, "/user_identities/get", map[string]any{"user_identity_id": id}); r.status != 404 || r.errorType() != "user_identity_not_found" {
		t.Errorf("another workspace: HTTP %d %v", r.status, r.body)
	}
	if r := call(t, srv, workspace1, "/user_identities/delete", map[string]any{"user_identity_id": id}); r.status != 200 {
		t.Fatalf("delete: HTTP %d %v", r.status, r.body)
	}
	if r := call(t, srv, workspace1, "/user_identities/delete", map[string]any{"user_identity_id": id}); r.errorType() != "user_identity_not_found" {
		t.Errorf("delete again: HTTP %d %v", r.status, r.body)
	}
}

// A webview keeps what its creator asked; the fake's login route completes it and gives its
// account to the sessions that list it; delete removes it.
func TestAccStandIn_webviewsCompleteAndDelete(t *testing.T) {
	srv := standin.Start(t, acctest.SharedFake(t).URL)
	r := call(t, srv, workspace1, "/connect_webviews/create", map[string]any{
		"accepted_providers": []string{"august"}, "custom_redirect_url": "https://example.com/done", "custom_metadata": map[string]any{"tenant": "lobby"},
	})
	w := object(r, "connect_webview")
	if r.status != 200 || str(w, "status") != "pending" || str(w, "custom_redirect_url") != "https://example.com/done" ||
		fmt.Sprint(w["accepted_providers"], w["custom_metadata"]) != "[august] map[tenant:lobby]" {
		t.Fatalf("create: HTTP %d %v", r.status, r.body)
	}
	id := str(w, "connect_webview_id")
	call(t, srv, workspace1, "/connect_webviews/create", map[string]any{"customer_key": "ck_other"})
	listed := call(t, srv, workspace1, "/connect_webviews/list", map[string]any{"customer_key": "ck_other"})
	if items := objects(listed, "connect_webviews"); len(items) != 1 || str(items[0], "customer_key") != "ck_other" {
		t.Errorf("list by customer_key: %v", listed.body)
	}
	if items := objects(call(t, srv, workspace1, "/connect_webviews/list", map[string]any{"user_identifier_key": "jane"}), "connect_webviews"); len(items) != 0 {
		t.Errorf("list by a user identifier key no webview has: %v", items)
	}
	session := create(t, srv, workspace1, map[string]any{"connect_webview_ids": []string{id}})
	if r := call(t, srv, nil, "/_fake/complete_connect_webview", map[string]any{"connect_webview_id": id}); r.status != 200 {
		t.Fatalf("complete: HTTP %d %v", r.status, r.body)
	}
	done := object(call(t, srv, workspace1, "/connect_webviews/get", map[string]any{"connect_webview_id": id}), "connect_webview")
	after := call(t, srv, workspace1, "/client_sessions/get", map[string]any{"client_session_id": session["client_session_id"]}).session()
	if str(done, "status") != "authorized" || done["login_successful"] != true ||
		fmt.Sprint(after["connected_account_ids"]) != fmt.Sprintf("[%s]", str(done, "connected_account_id")) {
		t.Errorf("after the login: webview %v, session %v", done, after)
	}
	if r := call(t, srv, workspace1, "/connect_webviews/delete", map[string]any{"connect_webview_id": id}); r.status != 200 {
		t.Fatalf("delete: HTTP %d %v", r.status, r.body)
	}
	if r := call(t, srv, workspace1, "/connect_webviews/get", map[string]any{"connect_webview_id": id}); r.errorType() != "connect_webview_not_found" {
		t.Errorf("get after delete: HTTP %d %v", r.status, r.body)
	}
}

// A webhook left to Seam's default receives every event, written out as Seam's fake does;
// update sets the event types; the secret is read back; delete removes it.
func TestAccStandIn_webhooksUpdateTheirEventTypes(t *testing.T) {
	srv := standin.Start(t, acctest.SharedFake(t).URL)
	r := call(t, srv, workspace1, "/webhooks/create", map[string]any{"url": "https://example.com/events"})
	h := object(r, "webhook")
	if r.status != 200 || fmt.Sprint(h["event_types"]) != fmt.Sprint(standin.AllEventTypes) || len(str(h, "secret")) < 10 {
		t.Fatalf("create: HTTP %d %v", r.status, r.body)
	}
	id := str(h, "webhook_id")
	if r := call(t, srv, workspace1, "/webhooks/update", map[string]any{"webhook_id": id, "event_types": []string{"device.connected"}}); r.status != 200 {
		t.Fatalf("update: HTTP %d %v", r.status, r.body)
	}
	got := object(call(t, srv, workspace1, "/webhooks/get", map[string]any{"webhook_id": id}), "webhook")
	if fmt.Sprint(got["event_types"]) != "[device.connected]" || str(got, "secret") != str(h, "secret") {
		t.Errorf("after update: %v", got)
	}
	if items, _ := call(t, srv, workspace2, "/webhooks/list", map[string]any{}).body["webhooks"].([]any); len(items) != 0 {
		t.Errorf("another workspace lists %v", items)
	}
	if r := call(t, srv, workspace2, "/webhooks/get", map[string]any{"webhook_id": id}); r.errorType() != "webhook_not_found" {
		t.Errorf("another workspace: HTTP %d %v", r.status, r.body)
	}
	if r := call(t, srv, workspace1, "/webhooks/delete", map[string]any{"webhook_id": id}); r.status != 200 {
		t.Fatalf("delete: HTTP %d %v", r.status, r.body)
	}
}
