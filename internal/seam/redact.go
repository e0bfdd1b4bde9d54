package seam

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// secretPattern matches every Seam credential format: seam_… keys and tokens, and JWTs.
// Anything from a response that reaches an error or a log passes through it.
var secretPattern = regexp.MustCompile(`seam_[A-Za-z0-9_\-]+|eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*`)

// SecretPattern returns the pattern of Seam secrets, for loggers that mask by regex.
func SecretPattern() *regexp.Regexp { return secretPattern }

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
