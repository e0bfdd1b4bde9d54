package provider_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/provider"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// seamObject is how the cross-object tests handle one kind of object the provider manages:
// its routes and the key of Seam's JSON for it, the secret its list results leave out, how a
// test makes one outside Terraform with the arguments config gives Terraform, and a field of
// Seam's answer the provider cannot do without.
type seamObject struct {
	kind                            string
	createPath, getPath, deletePath string
	secret                          string
	listFilter                      func(key string) map[string]string
	make                            func(t *testing.T, tg *acctest.Target, key string) string
	// prepare, when set, makes what the configuration refers to, once for a key, and returns
	// the IDs config takes.
	prepare  func(t *testing.T, tg *acctest.Target, key string) map[string]string
	config   func(key string, prepared map[string]string) string
	required string
	// keyAttr is the object's own key, unique in the workspace, when Seam gives it one.
	keyAttr string
	// madeOtherwise are other ways the object is made through Seam's API than make, each of
	// which adoption by terraform query must handle.
	madeOtherwise map[string]func(t *testing.T, tg *acctest.Target, key string) string
}

// host is key as a host name label.
func host(key string) string { return strings.ReplaceAll(key, "_", "-") }

var seamObjects = map[string]seamObject{
	"seam_client_session": {
		kind: "client_session", createPath: "/client_sessions/create", getPath: "/client_sessions/get",
		deletePath: "/client_sessions/delete", secret: "token", required: "token", keyAttr: "user_identifier_key",
		listFilter: func(key string) map[string]string { return map[string]string{"user_identifier_key": key} },
		make: func(t *testing.T, tg *acctest.Target, key string) string {
			return acctest.RawString(tg.CreateClientSession(t, map[string]any{"user_identifier_key": key}), "client_session_id")
		},
		config: func(key string, _ map[string]string) string { return fmt.Sprintf("  user_identifier_key = %q\n", key) },
	},
	"seam_user_identity": {
		kind: "user_identity", createPath: "/user_identities/create", getPath: "/user_identities/get",
		deletePath: "/user_identities/delete", required: "created_at", keyAttr: "user_identity_key",
		listFilter: func(key string) map[string]string { return map[string]string{"search": key} },
		make: func(t *testing.T, tg *acctest.Target, key string) string {
			return acctest.RawString(tg.Object(t, "/user_identities/create", map[string]any{"user_identity_key": key,
				"email_address": key + "@example.com"}, "user_identity"), "user_identity_id")
		},
		config: func(key string, _ map[string]string) string {
			return fmt.Sprintf("  user_identity_key = %q\n  email_address = %q\n", key, key+"@example.com")
		},
	},
	"seam_connect_webview": {
		kind: "connect_webview", createPath: "/connect_webviews/create", getPath: "/connect_webviews/get",
		deletePath: "/connect_webviews/delete", secret: "url", required: "url",
		listFilter: func(key string) map[string]string { return map[string]string{"customer_key": key} },
		make: func(t *testing.T, tg *acctest.Target, key string) string {
			return acctest.RawString(tg.Object(t, "/connect_webviews/create", map[string]any{"customer_key": key,
				"custom_redirect_url": "https://example.com/connected"}, "connect_webview"), "connect_webview_id")
		},
		config: func(key string, _ map[string]string) string {
			return fmt.Sprintf("  customer_key = %q\n  custom_redirect_url = \"https://example.com/connected\"\n", key)
		},
		madeOtherwise: map[string]func(*testing.T, *acctest.Target, string) string{
			"with a provider category": func(t *testing.T, tg *acctest.Target, key string) string {
				return acctest.RawString(tg.Object(t, "/connect_webviews/create", map[string]any{"customer_key": key,
					"provider_category": "stable"}, "connect_webview"), "connect_webview_id")
			},
		},
	},
	"seam_space": {
		kind: "space", createPath: "/spaces/create", getPath: "/spaces/get", deletePath: "/spaces/delete", required: "created_at",
		keyAttr:    "space_key",
		listFilter: func(key string) map[string]string { return map[string]string{"space_key": key} },
		make: func(t *testing.T, tg *acctest.Target, key string) string {
			return acctest.RawString(tg.Object(t, "/spaces/create", map[string]any{"name": "Space " + key, "space_key": key,
				"device_ids": []string{"august_device_1"}}, "space"), "space_id")
		},
		config: func(key string, _ map[string]string) string {
			return fmt.Sprintf("  name = %q\n  space_key = %q\n  device_ids = [%q]\n", "Space "+key, key, "august_device_1")
		},
		madeOtherwise: map[string]func(*testing.T, *acctest.Target, string) string{
			"without devices": func(t *testing.T, tg *acctest.Target, key string) string {
				return acctest.RawString(tg.Object(t, "/spaces/create", map[string]any{"name": "Empty " + key}, "space"), "space_id")
			},
		},
	},
	"seam_access_grant": {
		kind: "access_grant", createPath: "/access_grants/create", getPath: "/access_grants/get", deletePath: "/access_grants/delete",
		secret: "instant_key_url", required: "starts_at", prepare: person, keyAttr: "access_grant_key",
		listFilter: func(key string) map[string]string { return map[string]string{"access_grant_key": key} },
		make: func(t *testing.T, tg *acctest.Target, key string) string {
			p := person(t, tg, key)
			return acctest.RawString(tg.Object(t, "/access_grants/create", map[string]any{"user_identity_id": p["user_identity_id"],
				"space_ids": []string{p["space_id"]}, "access_grant_key": key,
				"requested_access_methods": []map[string]any{{"mode": "code", "code": "748291536"}, {"mode": "mobile_key"}}}, "access_grant"),
				"access_grant_id")
		},
		config: func(key string, p map[string]string) string {
			return fmt.Sprintf("  user_identity_id = %q\n  space_ids = [%q]\n  access_grant_key = %q\n"+
				"  requested_access_methods = [{ mode = \"code\", code = \"748291536\" }, { mode = \"mobile_key\" }]\n",
				p["user_identity_id"], p["space_id"], key)
		},
		madeOtherwise: map[string]func(*testing.T, *acctest.Target, string) string{
			"by device": func(t *testing.T, tg *acctest.Target, key string) string {
				return madeGrant(t, tg, key, map[string]any{"device_ids": []string{"august_device_2"},
					"requested_access_methods": []map[string]any{{"mode": "code"}}})
			},
			"with a requested code": func(t *testing.T, tg *acctest.Target, key string) string {
				return madeGrant(t, tg, key, map[string]any{"space_ids": []string{person(t, tg, key)["space_id"]},
					"requested_access_methods": []map[string]any{{"mode": "code", "code": "5190"}}})
			},
			"with a mobile key": func(t *testing.T, tg *acctest.Target, key string) string {
				return madeGrant(t, tg, key, map[string]any{"space_ids": []string{person(t, tg, key)["space_id"]},
					"requested_access_methods": []map[string]any{{"mode": "mobile_key"}}})
			},
		},
	},
	"seam_webhook": {
		kind: "webhook", createPath: "/webhooks/create", getPath: "/webhooks/get", deletePath: "/webhooks/delete",
		secret: "secret", required: "url",
		listFilter: func(string) map[string]string { return nil },
		make: func(t *testing.T, tg *acctest.Target, key string) string {
			return acctest.RawString(tg.Object(t, "/webhooks/create", map[string]any{"url": "https://" + host(key) + ".example.com/events",
				"event_types": []string{"*"}}, "webhook"), "webhook_id")
		},
		config: func(key string, _ map[string]string) string {
			return fmt.Sprintf("  url = %q\n  event_types = [\"*\"]\n", "https://"+host(key)+".example.com/events")
		},
	},
}

// person and lobby are what an access grant refers to: a user identity and a space, made once
// for a key, outside Terraform.
func person(t *testing.T, tg *acctest.Target, key string) map[string]string {
	identity := tg.Object(t, "/user_identities/get", map[string]any{"user_identity_key": key + "_person"}, "user_identity")
	if identity == nil {
		identity = tg.Object(t, "/user_identities/create", map[string]any{"user_identity_key": key + "_person"}, "user_identity")
	}
	space := tg.Object(t, "/spaces/get", map[string]any{"space_key": key + "_lobby"}, "space")
	if space == nil {
		space = tg.Object(t, "/spaces/create", map[string]any{"name": "Lobby", "space_key": key + "_lobby",
			"device_ids": []string{"august_device_1"}}, "space")
	}
	return map[string]string{"user_identity_id": acctest.RawString(identity, "user_identity_id"), "space_id": acctest.RawString(space, "space_id")}
}

// madeGrant makes an access grant for key's person through Seam's API, with fields.
func madeGrant(t *testing.T, tg *acctest.Target, key string, fields map[string]any) string {
	fields["user_identity_id"] = person(t, tg, key)["user_identity_id"]
	return acctest.RawString(tg.Object(t, "/access_grants/create", fields, "access_grant"), "access_grant_id")
}

// managedObject is one registered object with a resource, and its case.
type managedObject struct {
	shared.Descriptor
	seamObject
}

// managedObjects are the objects the provider registers with a resource, each with its case:
// an object registered without one fails the test, so none is left out of the tables.
func managedObjects(t *testing.T) []managedObject {
	t.Helper()
	var out []managedObject
	for _, o := range provider.Objects() {
		if len(o.Resources) == 0 {
			continue
		}
		c, ok := seamObjects[o.Descriptor.TypeName]
		if !ok {
			t.Fatalf("%s is registered, and the cross-object tests have no case for it: add it to seamObjects", o.Descriptor.TypeName)
		}
		out = append(out, managedObject{o.Descriptor, c})
	}
	return out
}

// resourceBlock is the configuration's resource of the object's type named test, after
// making what it refers to.
func (o managedObject) resourceBlock(t *testing.T, tg *acctest.Target, key string) string {
	var prepared map[string]string
	if o.prepare != nil {
		prepared = o.prepare(t, tg, key)
	}
	return "resource \"" + o.TypeName + "\" \"test\" {\n" + o.config(key, prepared) + "}\n"
}

// listBlock is a list block of the object's type that finds what config made for key.
func (o managedObject) listBlock(key string) string {
	var filters strings.Builder
	for name, value := range o.listFilter(key) {
		fmt.Fprintf(&filters, "    %s = %q\n", name, value)
	}
	return fmt.Sprintf("list %q \"test\" {\n  provider = seam\n  config {\n%s  }\n}\n", o.TypeName, filters.String())
}

// dropRequired rewrites Seam's answer without the object's required field: a 2xx the
// provider cannot use, though its object exists.
func (o managedObject) dropRequired(body []byte) []byte {
	var answer map[string]map[string]any
	if err := json.Unmarshal(body, &answer); err != nil {
		return body
	}
	delete(answer[o.kind], o.required)
	out, _ := json.Marshal(answer)
	return out
}
