package seam

import (
	"errors"
	"strings"
	"testing"
)

func TestParseEndpoint(t *testing.T) {
	cases := []struct {
		raw     string
		want    string
		problem string
	}{
		{raw: "https://connect.getseam.com", want: "https://connect.getseam.com"},
		{raw: "https://example.com/seam/", want: "https://example.com/seam"},
		{raw: "http://localhost:8080", want: "http://localhost:8080"},
		{raw: "http://127.0.0.1:8080", want: "http://127.0.0.1:8080"},
		{raw: "http://[::1]:8080", want: "http://[::1]:8080"},
		{raw: "http://connect.getseam.com", problem: "plain http to a host that is not loopback"},
		{raw: "ftp://connect.getseam.com", problem: `scheme "ftp"`},
		{raw: "connect.getseam.com", problem: "not an absolute URL"},
		{raw: "/relative", problem: "not an absolute URL"},
		{raw: "https://connect.getseam.com?x=1", problem: "query or a fragment"},
		{raw: "https://user:seam_apikey_secret@connect.getseam.com", problem: "user information"},
		{raw: "https://gw.example.com/seam?api_key=seam_apikey_secret", problem: "the endpoint https://gw.example.com/seam must not have a query"},
		{raw: "https://gw.example.com/seam#seam_apikey_secret", problem: "must not have a query or a fragment"},
		{raw: "https://connect.getseam.com/?", problem: "remove the ? or #"},
		{raw: "https://connect.getseam.com#", problem: "remove the ? or #"},
		{raw: "seam_apikey_secret", problem: "not an absolute URL"},
	}
	for _, tc := range cases {
		t.Run(tc.raw, func(t *testing.T) {
			u, err := ParseEndpoint(tc.raw)
			if tc.problem == "" {
				if err != nil {
					t.Fatal(err)
				}
				if u.String() != tc.want {
					t.Errorf("got %q, want %q", u, tc.want)
				}
				return
			}
			var epErr *EndpointError
			if !errors.As(err, &epErr) || !strings.Contains(err.Error(), tc.problem) {
				t.Fatalf("want an EndpointError about %q, got %v", tc.problem, err)
			}
			// A query, a fragment, user information or text that does not parse is never quoted.
			if strings.Contains(err.Error(), "seam_apikey_secret") {
				t.Errorf("error echoes a secret: %v", err)
			}
		})
	}
}
