package provider

import "fmt"

// setting is one provider argument and the environment variable it falls back to.
type setting struct {
	attr string
	env  string
}

var (
	settingAPIKey              = setting{"api_key", "SEAM_API_KEY"}
	settingPersonalAccessToken = setting{"personal_access_token", "SEAM_PERSONAL_ACCESS_TOKEN"}
	settingWorkspaceID         = setting{"workspace_id", "SEAM_WORKSPACE_ID"}
	settingClientSessionToken  = setting{"client_session_token", "SEAM_CLIENT_SESSION_TOKEN"}
	settingEndpoint            = setting{"endpoint", "SEAM_ENDPOINT"}
	settingMaxRetries          = setting{"max_retries", "SEAM_MAX_RETRIES"}
	settingRequestTimeout      = setting{"request_timeout", "SEAM_REQUEST_TIMEOUT"}
)

// envAPIURL is the deprecated name of SEAM_ENDPOINT, still read by Seam's SDKs.
const envAPIURL = "SEAM_API_URL"

// source says where a value came from, so messages can name it without showing it.
type source struct {
	setting
	// env is the variable the value came from, or "" when it came from the configuration.
	env string
}

func fromConfig(s setting) source { return source{setting: s} }

func fromEnv(s setting, name string) source { return source{setting: s, env: name} }

func (s source) String() string {
	if s.env != "" {
		return fmt.Sprintf("the %s environment variable", s.env)
	}
	return fmt.Sprintf("the provider argument %s", s.attr)
}

// both names the argument and its variable, for advice on where to set a value.
func (s setting) both() string { return fmt.Sprintf("%s (or %s)", s.attr, s.env) }
