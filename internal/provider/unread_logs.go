package provider

import "strings"

// loggerLevelVariables set the levels of the loggers in a served provider: the SDK's root
// logger, its protocol and framework subsystems, and the provider's own logger with its
// http subsystem (terraform-plugin-log names them after the provider's address).
var loggerLevelVariables = []string{
	"TF_LOG_SDK", "TF_LOG_SDK_PROTO", "TF_LOG_SDK_FRAMEWORK", "TF_LOG_PROVIDER_SEAM", "TF_LOG_PROVIDER_SEAM_HTTP",
}

// QuietUnreadLogs turns the provider process's loggers off when Terraform will discard what
// they write, and reports whether it did. With no level set, terraform-plugin-log logs at
// TRACE and formats every entry as JSON; Terraform keeps provider logs only when TF_LOG or
// TF_LOG_PROVIDER is set. Any TF_LOG* variable leaves every logger as the user set it, and
// so does debug: a provider started with -debug writes to the developer's own terminal.
func QuietUnreadLogs(environ []string, debug bool, setenv func(string, string) error) bool {
	if debug {
		return false
	}
	for _, kv := range environ {
		if name, value, _ := strings.Cut(kv, "="); strings.HasPrefix(name, "TF_LOG") && value != "" {
			return false
		}
	}
	for _, name := range loggerLevelVariables {
		if err := setenv(name, "off"); err != nil {
			return false
		}
	}
	return true
}
