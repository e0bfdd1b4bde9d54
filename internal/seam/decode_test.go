package seam

import (
	"strings"
	"testing"
)

// Each object's decoder refuses an answer that lacks a field the provider relies on, and
// says which; it never quotes the body, which may hold a secret.
func TestDecodeOne_namesTheMissingFieldOfEachObject(t *testing.T) {
	decoders := map[string]func([]byte) error{
		"user_identity": func(b []byte) error { _, err := decodeOne[UserIdentity](b, "user_identity"); return err },
		"connect_webview": func(b []byte) error {
			_, err := decodeOne[ConnectWebview](b, "connect_webview")
			return err
		},
		"webhook": func(b []byte) error { _, err := decodeOne[Webhook](b, "webhook"); return err },
	}
	cases := []struct {
		name, key, body, want string
	}{
		{"no object", "webhook", `{"ok":true}`, "it has no webhook object"},
		{"a null object", "user_identity", `{"user_identity":null}`, "it has no user_identity object"},
		{"webhook without its ID", "webhook", `{"webhook":{"url":"https://x.example","secret":"whsec_secret"}}`, "its webhook has no webhook_id"},
		{"webhook without url", "webhook", `{"webhook":{"webhook_id":"wh_1","secret":"whsec_secret"}}`, "its webhook has no url"},
		{"identity without workspace", "user_identity", `{"user_identity":{"user_identity_id":"ui_1","created_at":"2025-01-01T00:00:00Z"}}`,
			"its user_identity has no workspace_id"},
		{"identity with a bad time", "user_identity", `{"user_identity":{"user_identity_id":"ui_1","workspace_id":"ws","created_at":"yesterday"}}`,
			"a timestamp is not in RFC 3339 format"},
		{"webview without url", "connect_webview", `{"connect_webview":{"connect_webview_id":"cw_1","workspace_id":"ws","created_at":"2025-01-01T00:00:00Z"}}`,
			"its connect_webview has no url"},
		{"not JSON", "webhook", `<html>whsec_secret</html>`, "it is not valid JSON"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := decoders[tc.key]([]byte(tc.body))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "whsec_secret") {
				t.Errorf("the error quotes the body's secret: %v", err)
			}
		})
	}
}
