package main

import (
	"strings"
	"testing"
)

func events(lines ...string) string { return strings.Join(lines, "\n") + "\n" }

// Skips for a newer CLI are counted apart and pass; any other skip, or a failure, fails.
func TestSummarize_onlySkipsForANewerCLIPass(t *testing.T) {
	cases := []struct {
		name     string
		in       string
		wantCode int
		wantLast string
	}{
		{"newer CLI", events(
			`{"Action":"pass","Package":"p","Test":"TestA"}`,
			`{"Action":"output","Package":"p","Test":"TestB","Output":"    x_test.go:9: left to a newer CLI: list resources needs Terraform 1.14.0\n"}`,
			`{"Action":"skip","Package":"p","Test":"TestB"}`,
			`{"Action":"pass","Package":"p"}`,
		), 0, "1 passed, 0 failed, 0 skipped; 1 left to a newer CLI than this one"},
		{"another skip", events(
			`{"Action":"output","Package":"p","Test":"TestC","Output":"    x_test.go:9: needs the stand-in\n"}`,
			`{"Action":"skip","Package":"p","Test":"TestC"}`,
		), 1, "a hermetic run must skip no test but those left to a newer CLI"},
		{"a failure", events(
			`{"Action":"output","Package":"p","Test":"TestD","Output":"boom\n"}`,
			`{"Action":"fail","Package":"p","Test":"TestD"}`,
		), 1, "0 passed, 1 failed, 0 skipped; 0 left to a newer CLI than this one"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			code, err := summarize(strings.NewReader(tc.in), &out, "")
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			if code != tc.wantCode || lines[len(lines)-1] != tc.wantLast {
				t.Errorf("code %d, last line %q; want %d, %q\n%s", code, lines[len(lines)-1], tc.wantCode, tc.wantLast, out.String())
			}
		})
	}
}
