package seam

import (
	"testing"
)

func TestTokenPattern_masksTokensButNotIdentifiers(t *testing.T) {
	for _, token := range []string{testCST, testPAT, "seam_pk1_token", "seam_cst1891oqCmB_6dBwV8PJ2Fsoe9dWYVyMfVHq", "eyJhbGciOi.eyJzdWIiOi.sig"} {
		if got := TokenPattern().ReplaceAllString("x "+token+" y", "***"); got != "x *** y" {
			t.Errorf("%s: got %q", token, got)
		}
	}
	for _, word := range []string{"seam_client_session", "seam.seam", "seamapi/seam"} {
		if TokenPattern().MatchString(word) {
			t.Errorf("%s is masked but is no secret", word)
		}
	}
}
