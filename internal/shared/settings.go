package shared

import "fmt"

// Setting is one provider argument and the environment variable it falls back to. Every
// object's messages name them, so they live here rather than in the provider package.
type Setting struct {
	Attr string
	Env  string
}

var (
	SettingAPIKey              = Setting{"api_key", "SEAM_API_KEY"}
	SettingPersonalAccessToken = Setting{"personal_access_token", "SEAM_PERSONAL_ACCESS_TOKEN"}
	SettingWorkspaceID         = Setting{"workspace_id", "SEAM_WORKSPACE_ID"}
	SettingClientSessionToken  = Setting{"client_session_token", "SEAM_CLIENT_SESSION_TOKEN"}
	SettingEndpoint            = Setting{"endpoint", "SEAM_ENDPOINT"}
	SettingMaxRetries          = Setting{"max_retries", "SEAM_MAX_RETRIES"}
	SettingRequestTimeout      = Setting{"request_timeout", "SEAM_REQUEST_TIMEOUT"}
)

// EnvAPIURL is the deprecated name of SEAM_ENDPOINT, still read by Seam's SDKs.
const EnvAPIURL = "SEAM_API_URL"

// Source says where a value came from, so messages can name it without showing it.
type Source struct {
	Setting
	// Variable is the variable the value came from, or "" when it came from the configuration.
	Variable string
}

func FromConfig(s Setting) Source { return Source{Setting: s} }

func FromEnv(s Setting, variable string) Source { return Source{Setting: s, Variable: variable} }

func (s Source) String() string {
	if s.Variable != "" {
		return fmt.Sprintf("the %s environment variable", s.Variable)
	}
	return fmt.Sprintf("the provider argument %s", s.Attr)
}

// Both names the argument and its variable, for advice on where to set a value.
func (s Setting) Both() string { return fmt.Sprintf("%s (or %s)", s.Attr, s.Env) }
