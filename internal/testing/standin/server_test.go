package standin_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"

	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// The stand-in takes its keys and workspaces from Seam's fake, which needs Node: these
// tests run with the acceptance tests (TF_ACC).
func TestMain(m *testing.M) { os.Exit(acctest.Main(m)) }

// as is a credential's headers.
type as map[string]string

var (
	workspace1 = as{"Authorization": "Bearer " + fakeseam.SeedAPIKey}
	workspace2 = as{"Authorization": "Bearer " + fakeseam.SeedAPIKey2}
	pat1       = as{"Authorization": "Bearer " + fakeseam.SeedPAT, "Seam-Workspace": fakeseam.SeedWorkspace}
)

func cst(token string) as {
	return as{"Authorization": "Bearer " + token, "Client-Session-Token": token}
}

type reply struct {
	status    int
	body      map[string]any
	requestID string
}

func (r reply) session() map[string]any { s, _ := r.body["client_session"].(map[string]any); return s }

func (r reply) errorType() string {
	e, _ := r.body["error"].(map[string]any)
	s, _ := e["type"].(string)
	return s
}

func call(t *testing.T, srv *standin.Server, who as, path string, body any) reply {
	t.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, srv.URL+path, bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range who {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out := reply{status: resp.StatusCode, requestID: resp.Header.Get("Seam-Request-Id")}
	if err := json.NewDecoder(resp.Body).Decode(&out.body); err != nil && resp.ContentLength != 0 {
		t.Fatalf("%s answered a body that is not JSON: %v", path, err)
	}
	return out
}

// str is a string field of a JSON object, or "".
func str(m map[string]any, field string) string {
	s, _ := m[field].(string)
	return s
}

func create(t *testing.T, srv *standin.Server, who as, body map[string]any) map[string]any {
	t.Helper()
	r := call(t, srv, who, "/client_sessions/create", body)
	if r.status != 200 || r.session() == nil {
		t.Fatalf("create: HTTP %d %v", r.status, r.body)
	}
	return r.session()
}

func TestAccStandIn_createThenGetByIDOrKeyGivesTheSameSession(t *testing.T) {
	srv := standin.Start(t, acctest.SharedFake(t).URL)
	created := create(t, srv, workspace1, map[string]any{
		"user_identifier_key": "jane", "connected_account_ids": []string{"ca_1"}, "connect_webview_ids": []string{"cw_1"},
		"customer_key": "ck_1", "customer_id": "cid_1", "user_identity_id": "ui_1", "expires_at": "2031-02-03T04:05:06.789Z",
	})
	want := map[string]any{
		"workspace_id": fakeseam.SeedWorkspace, "user_identifier_key": "jane", "customer_key": "ck_1", "customer_id": "cid_1",
		"user_identity_id": "ui_1", "expires_at": "2031-02-03T04:05:06.789Z",
	}
	for k, v := range want {
		if created[k] != v {
			t.Errorf("created %s = %v, want %v", k, created[k], v)
		}
	}
	if fmt.Sprint(created["connected_account_ids"], created["connect_webview_ids"], created["user_identity_ids"]) != "[ca_1] [cw_1] [ui_1]" {
		t.Errorf("created lists %v", created)
	}
	for _, lookup := range []map[string]any{
		{"client_session_id": created["client_session_id"]},
		{"user_identifier_key": "jane"},
		{"client_session_id": created["client_session_id"], "user_identifier_key": "jane"},
	} {
		got := call(t, srv, pat1, "/client_sessions/get", lookup)
		if got.status != 200 || fmt.Sprint(got.session()) != fmt.Sprint(created) {
			t.Errorf("get %v: HTTP %d %v", lookup, got.status, got.body)
		}
		if !strings.HasPrefix(got.requestID, "standin_request_") {
			t.Errorf("request ID %q", got.requestID)
		}
	}
}

func TestAccStandIn_matchesExactlyAndWithinTheWorkspace(t *testing.T) {
	srv := standin.Start(t, acctest.SharedFake(t).URL)
	jane := create(t, srv, workspace1, map[string]any{"user_identifier_key": "jane"})
	create(t, srv, workspace1, map[string]any{"user_identifier_key": "john"})
	cases := []struct {
		name string
		who  as
		body map[string]any
	}{
		{"another workspace's key", workspace2, map[string]any{"client_session_id": jane["client_session_id"]}},
		{"ID of one, key of another", workspace1, map[string]any{"client_session_id": jane["client_session_id"], "user_identifier_key": "john"}},
		{"a key nobody has", workspace1, map[string]any{"user_identifier_key": "nobody"}},
	}
	for _, tc := range cases {
		got := call(t, srv, tc.who, "/client_sessions/get", tc.body)
		if got.status != 404 || got.errorType() != "client_session_not_found" {
			t.Errorf("%s: HTTP %d %v, want 404 client_session_not_found", tc.name, got.status, got.body)
		}
	}
}

func TestAccStandIn_clientSessionTokenSeesOnlyItsOwnSession(t *testing.T) {
	srv := standin.Start(t, acctest.SharedFake(t).URL)
	jane := create(t, srv, workspace1, map[string]any{"user_identifier_key": "jane"})
	john := create(t, srv, workspace1, map[string]any{"user_identifier_key": "john"})
	asJane := cst(str(jane, "token"))
	if got := call(t, srv, asJane, "/client_sessions/get", map[string]any{}); got.session()["client_session_id"] != jane["client_session_id"] {
		t.Errorf("own session: %v", got.body)
	}
	if got := call(t, srv, asJane, "/client_sessions/get", map[string]any{"client_session_id": john["client_session_id"]}); got.status != 404 {
		t.Errorf("another's session: HTTP %d %v, want 404", got.status, got.body)
	}
	srv.Update(str(jane, "client_session_id"), func(s *standin.Session) { s.ExpiresAt = time.Now().Add(-time.Minute) })
	if got := call(t, srv, asJane, "/client_sessions/get", map[string]any{}); got.status != 401 {
		t.Errorf("expired token: HTTP %d %v, want 401", got.status, got.body)
	}
}

func TestAccStandIn_listFiltersExactlyNewestFirst(t *testing.T) {
	srv := standin.Start(t, acctest.SharedFake(t).URL)
	a := create(t, srv, workspace1, map[string]any{"user_identifier_key": "a", "connect_webview_ids": []string{"cw_lobby"}})
	time.Sleep(2 * time.Millisecond)
	b := create(t, srv, workspace1, map[string]any{"connect_webview_ids": []string{"cw_lobby"}, "user_identity_id": "ui_b"})
	create(t, srv, workspace2, map[string]any{"connect_webview_ids": []string{"cw_lobby"}})
	ids := func(r reply) string {
		var out []string
		sessions, _ := r.body["client_sessions"].([]any)
		for _, s := range sessions {
			session, _ := s.(map[string]any)
			id, _ := session["client_session_id"].(string)
			out = append(out, id)
		}
		return strings.Join(out, ",")
	}
	aID, bID := str(a, "client_session_id"), str(b, "client_session_id")
	cases := []struct {
		filter map[string]any
		want   string
	}{
		{map[string]any{}, bID + "," + aID},
		{map[string]any{"connect_webview_id": "cw_lobby"}, bID + "," + aID},
		{map[string]any{"user_identifier_key": "a"}, aID},
		{map[string]any{"client_session_id": bID}, bID},
		{map[string]any{"user_identity_id": "ui_b"}, bID},
		{map[string]any{"without_user_identifier_key": true}, bID},
		{map[string]any{"connect_webview_id": "cw_other"}, ""},
	}
	for _, tc := range cases {
		if got := ids(call(t, srv, workspace1, "/client_sessions/list", tc.filter)); got != tc.want {
			t.Errorf("list %v = %s, want %s", tc.filter, got, tc.want)
		}
	}
}

func TestAccStandIn_grantAccessAddsAndDeleteRemoves(t *testing.T) {
	srv := standin.Start(t, acctest.SharedFake(t).URL)
	s := create(t, srv, workspace1, map[string]any{"connected_account_ids": []string{"ca_1"}})
	id := s["client_session_id"]
	granted := call(t, srv, workspace1, "/client_sessions/grant_access", map[string]any{
		"client_session_id": id, "connected_account_ids": []string{"ca_1", "ca_2"}, "user_identity_id": "ui_1",
	}).session()
	if fmt.Sprintf("%v %v", granted["connected_account_ids"], granted["user_identity_id"]) != "[ca_1 ca_2] ui_1" {
		t.Errorf("after grant_access: %v", granted)
	}
	if got := call(t, srv, workspace2, "/client_sessions/delete", map[string]any{"client_session_id": id}); got.status != 404 {
		t.Errorf("delete from another workspace: HTTP %d, want 404", got.status)
	}
	if got := call(t, srv, workspace1, "/client_sessions/delete", map[string]any{"client_session_id": id}); got.status != 200 || got.body["ok"] != true {
		t.Errorf("delete: HTTP %d %v", got.status, got.body)
	}
	for _, path := range []string{"/client_sessions/get", "/client_sessions/delete"} {
		if got := call(t, srv, workspace1, path, map[string]any{"client_session_id": id}); got.errorType() != "client_session_not_found" {
			t.Errorf("%s after delete: HTTP %d %v", path, got.status, got.body)
		}
	}
}

func TestAccStandIn_refusals(t *testing.T) {
	srv := standin.Start(t, acctest.SharedFake(t).URL)
	create(t, srv, workspace1, map[string]any{"user_identifier_key": "jane"})
	cases := []struct {
		name, path string
		who        as
		body       map[string]any
		status     int
		errorType  string
	}{
		{"a key that exists", "/client_sessions/create", workspace1, map[string]any{"user_identifier_key": "jane"}, 400, "client_session_token_already_exists"},
		{"an unknown API key", "/client_sessions/list", as{"Authorization": "Bearer seam_apikey_unknown"}, map[string]any{}, 401, "unauthorized"},
		{"get with no key", "/client_sessions/get", workspace1, map[string]any{}, 400, "invalid_input"},
	}
	for _, tc := range cases {
		if got := call(t, srv, tc.who, tc.path, tc.body); got.status != tc.status || got.errorType() != tc.errorType {
			t.Errorf("%s: HTTP %d %v, want %d %s", tc.name, got.status, got.body, tc.status, tc.errorType)
		}
	}
}

func TestAccStandIn_reportsRequestsThatBreakTheContract(t *testing.T) {
	srv := standin.Start(t, acctest.SharedFake(t).URL)
	var violations []string
	srv.OnViolation = func(err error) { violations = append(violations, err.Error()) }
	jane := create(t, srv, workspace1, map[string]any{"user_identifier_key": "jane"})
	cases := []struct {
		name string
		who  as
		path string
		body any
		want string
	}{
		{"a number where a string belongs", workspace1, "/client_sessions/get", map[string]any{"client_session_id": 7}, "client_session_id"},
		{"a client session token on list", cst(str(jane, "token")), "/client_sessions/list", map[string]any{}, "security requirements failed"},
		{"a personal access token without its workspace", as{"Authorization": "Bearer " + fakeseam.SeedPAT}, "/client_sessions/get", map[string]any{"user_identifier_key": "jane"}, "pat_with_workspace"},
		{"a route Seam does not have", workspace1, "/client_sessions/update", map[string]any{}, "no such path"},
	}
	for _, tc := range cases {
		violations = nil
		got := call(t, srv, tc.who, tc.path, tc.body)
		if len(violations) != 1 || !strings.Contains(violations[0], tc.want) || got.status != 400 {
			t.Errorf("%s: HTTP %d, violations %q; want one about %q", tc.name, got.status, violations, tc.want)
		}
	}
}

func TestAccStandIn_faultsAfterHandlingLoseTheAnswerButKeepTheWrite(t *testing.T) {
	srv := standin.Start(t, acctest.SharedFake(t).URL)
	srv.FailNext("/client_sessions/create", standin.Fault{Status: 502, AfterHandling: true}, standin.Fault{Status: 429, RetryAfter: "1"})
	if got := call(t, srv, workspace1, "/client_sessions/create", map[string]any{"user_identifier_key": "jane"}); got.status != 502 {
		t.Fatalf("first create: HTTP %d, want the fault's 502", got.status)
	}
	if got := call(t, srv, workspace1, "/client_sessions/create", map[string]any{"user_identifier_key": "john"}); got.status != 429 {
		t.Fatalf("second create: HTTP %d, want the fault's 429", got.status)
	}
	var keys []string
	for _, s := range srv.Sessions(fakeseam.SeedWorkspace) {
		keys = append(keys, *s.UserIdentifierKey)
	}
	if strings.Join(keys, ",") != "jane" {
		t.Errorf("sessions after the faults: %v; want jane's only (made before its answer was lost)", keys)
	}
}
