package seam

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// secretPattern matches every Seam credential format, seam_… keys and tokens and JWTs, and
// every other seam_ word too: it cleans response excerpts, where masking too much is harmless.
var secretPattern = regexp.MustCompile(`seam_[A-Za-z0-9_\-]+|` + jwtPattern)

// tokenPattern matches the tokens a response can carry (client session, personal access and
// publishable tokens, JWTs) and leaves identifiers such as seam_client_session readable.
var tokenPattern = regexp.MustCompile(`seam_(?:cst|at|pk)[A-Za-z0-9_\-]*|` + jwtPattern)

const jwtPattern = `eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*`

// TokenPattern is the shape of Seam tokens, for loggers that mask by pattern on top of
// masking Client.Secrets exactly.
func TokenPattern() *regexp.Regexp { return tokenPattern }

const excerptLimit = 200

// redact removes secrets from s, the given ones first and then anything shaped like one.
func redact(s string, secrets []string) string {
	for _, secret := range secrets {
		if secret != "" {
			s = strings.ReplaceAll(s, secret, "***")
		}
	}
	return secretPattern.ReplaceAllString(s, "***")
}

// excerpt is a short, single-line, secret-free start of a body, for error messages.
func excerpt(body []byte, secrets []string) string {
	s := strings.ToValidUTF8(string(body), "")
	s = strings.Join(strings.Fields(s), " ")
	s = redact(s, secrets)
	if len(s) > excerptLimit {
		cut := excerptLimit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}
