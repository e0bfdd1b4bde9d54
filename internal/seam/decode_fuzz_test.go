package seam

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"client_session_full.json", "client_session_minimal.json", "error_not_found.json",
	"error_invalid_input.json", "error_proxy.html",
}

// FuzzDecodeClientSessionBody: any body either fails with an error or yields a session
// with every required field; it never panics.
func FuzzDecodeClientSessionBody(f *testing.F) {
	for _, name := range fuzzSeeds {
		f.Add(readTestdata(f, name))
	}
	f.Add([]byte(minimalSession))
	f.Add([]byte(`{"client_session":null}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		s, err := decodeOne[ClientSession](body, "client_session")
		if err != nil {
			if s != nil {
				t.Fatal("a session and an error together")
			}
			return
		}
		if s.ClientSessionID == "" || s.WorkspaceID == "" || s.Token == "" || s.CreatedAt.IsZero() || s.ExpiresAt.IsZero() {
			t.Fatalf("accepted a session without a required field: %+v", s)
		}
	})
}

// FuzzDecodeAPIError: any error body yields an error whose message is valid UTF-8, short
// when it quotes the body, and free of the client's secret and of anything token-shaped.
func FuzzDecodeAPIError(f *testing.F) {
	for _, name := range fuzzSeeds {
		f.Add(503, readTestdata(f, name))
	}
	f.Add(502, []byte("<html>upstream said "+testAPIKey+"</html>"))
	f.Add(401, []byte(`{"error":{"type":"unauthorized","message":"bad key `+testAPIKey+`"}}`))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		e := decodeAPIError(status, body, "req_1", 1, []string{testAPIKey})
		msg := e.Error()
		if !utf8.ValidString(e.Excerpt) {
			t.Fatalf("excerpt is not valid UTF-8: %q", e.Excerpt)
		}
		if len(e.Excerpt) > excerptLimit+len("…") {
			t.Fatalf("excerpt of %d bytes", len(e.Excerpt))
		}
		if strings.Contains(msg, testAPIKey) || tokenPattern.MatchString(e.Excerpt) {
			t.Fatalf("message holds a secret: %q", msg)
		}
	})
}
