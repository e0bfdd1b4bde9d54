package main

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

const sampleDocument = `{
  "openapi": "3.0.0",
  "info": {"title": "Seam Connect"},
  "paths": {
    "/client_sessions/get": {"post": {
      "security": [{"api_key": []}],
      "responses": {"200": {"content": {"application/json": {"schema": {
        "properties": {"client_session": {"$ref": "#/components/schemas/client_session"}}}}}}}}},
    "/connect_webviews/get": {"post": {"security": [{"api_key": []}]}},
    "/user_identities/delete": {"post": {"security": [{"api_key": []}]}},
    "/webhooks/update": {"post": {"security": [{"api_key": []}]}},
    "/user_identities/list_acs_users": {"post": {"security": [{"console": []}],
      "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/device"}}}}}}},
    "/workspaces/get": {"post": {"security": [{"api_key": []}]}},
    "/devices/get": {"post": {"security": [{"api_key": []}]}},
    "/connected_accounts/list": {"post": {"security": [{"api_key": []}]}},
    "/spaces/update": {"post": {"security": [{"api_key": []}]}},
    "/access_grants/create": {"post": {"security": [{"api_key": []}]}},
    "/access_methods/list": {"post": {"security": [{"api_key": []}]}},
    "/devices/simulate/connect": {"post": {"security": [{"console": []}],
      "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/device"}}}}}}}
  },
  "components": {
    "schemas": {
      "client_session": {"properties": {"owner": {"$ref": "#/components/schemas/user"}}},
      "user": {"type": "object"},
      "device": {"type": "object"}
    },
    "securitySchemes": {"api_key": {"type": "http"}, "console": {"type": "http"}}
  }
}`

func TestExtract_keepsThePathsTheClientCallsAndWhatTheyReference(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal([]byte(sampleDocument), &doc); err != nil {
		t.Fatal(err)
	}
	keep := []string{"/client_sessions/get", "/connect_webviews/get", "/user_identities/delete", "/webhooks/update",
		"/workspaces/get", "/devices/get", "/connected_accounts/list", "/spaces/update", "/access_grants/create", "/access_methods/list"}
	got, err := extract(doc, keep, "@seamapi/types@1.2.3")
	if err != nil {
		t.Fatal(err)
	}
	keys := func(v any) []string {
		m, _ := v.(map[string]any)
		var out []string
		for k := range m {
			out = append(out, k)
		}
		return out
	}
	components, _ := got["components"].(map[string]any)
	checks := []struct {
		what string
		got  []string
		want []string
	}{
		{"paths", keys(got["paths"]), []string{"/client_sessions/get", "/connect_webviews/get", "/user_identities/delete", "/webhooks/update",
			"/workspaces/get", "/devices/get", "/connected_accounts/list", "/spaces/update", "/access_grants/create", "/access_methods/list"}},
		{"schemas", keys(components["schemas"]), []string{"client_session", "user"}},
		{"security schemes", keys(components["securitySchemes"]), []string{"api_key"}},
	}
	for _, c := range checks {
		if !sameSet(c.got, c.want) {
			t.Errorf("%s: got %v, want %v", c.what, c.got, c.want)
		}
	}
	if source, _ := got["x-source"].(string); !strings.HasPrefix(source, "@seamapi/types@1.2.3 (MIT)") {
		t.Errorf("x-source = %q", source)
	}
}

func TestExtract_refusesADanglingReference(t *testing.T) {
	var doc map[string]any
	broken := strings.Replace(sampleDocument, `"user": {"type": "object"},`, "", 1)
	if err := json.Unmarshal([]byte(broken), &doc); err != nil {
		t.Fatal(err)
	}
	if _, err := extract(doc, []string{"/client_sessions/get"}, "x"); err == nil || !strings.Contains(err.Error(), `schema "user"`) {
		t.Fatalf("want an error naming the schema user, got %v", err)
	}
}

func TestExtract_refusesADocumentWithoutAPathTheClientCalls(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal([]byte(strings.Replace(sampleDocument, "/webhooks/update", "/webhooks_v2/update", 1)), &doc); err != nil {
		t.Fatal(err)
	}
	if _, err := extract(doc, []string{"/webhooks/update"}, "x"); err == nil || !strings.Contains(err.Error(), "/webhooks/update") {
		t.Fatalf("want an error naming /webhooks/update, got %v", err)
	}
}

func sameSet(a, b []string) bool {
	set := func(s []string) map[string]bool {
		m := map[string]bool{}
		for _, v := range s {
			m[v] = true
		}
		return m
	}
	return len(a) == len(b) && reflect.DeepEqual(set(a), set(b))
}

func TestEventTypes_listsEveryEventTypeOfTheEventSchemaOnce(t *testing.T) {
	var doc map[string]any
	const events = `{"components": {"schemas": {"event": {"oneOf": [
	  {"properties": {"event_type": {"enum": ["lock.locked"], "type": "string"}}},
	  {"properties": {"event_type": {"enum": ["device.connected", "lock.locked"], "type": "string"}}},
	  {"allOf": [{"properties": {"event_type": {"enum": ["access_grant.created"]}}}]}
	]}}}}`
	if err := json.Unmarshal([]byte(events), &doc); err != nil {
		t.Fatal(err)
	}
	got, err := eventTypes(doc)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"access_grant.created", "device.connected", "lock.locked"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
