package provider

import (
	"maps"
	"slices"
	"testing"
)

func TestQuietUnreadLogs_offOnlyWhenNoTFLogVariableIsSet(t *testing.T) {
	cases := []struct {
		name    string
		environ []string
		debug   bool
		quiet   bool
	}{
		{"no TF_LOG variable: Terraform discards provider logs", []string{"HOME=/root", "SEAM_API_KEY=x"}, false, true},
		{"an empty TF_LOG is unset", []string{"TF_LOG="}, false, true},
		{"TF_LOG", []string{"TF_LOG=DEBUG"}, false, false},
		{"TF_LOG_PROVIDER", []string{"TF_LOG_PROVIDER=TRACE"}, false, false},
		{"a level of the provider's own", []string{"TF_LOG_PROVIDER_SEAM=DEBUG"}, false, false},
		{"the SDK's levels", []string{"TF_LOG_SDK_FRAMEWORK=TRACE"}, false, false},
		{"-debug: the provider logs to the developer's terminal", []string{"HOME=/root"}, true, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			set := map[string]string{}
			got := QuietUnreadLogs(tc.environ, tc.debug, func(k, v string) error { set[k] = v; return nil })
			if got != tc.quiet {
				t.Fatalf("QuietUnreadLogs = %v, want %v", got, tc.quiet)
			}
			want := map[string]string{}
			if tc.quiet {
				for _, name := range loggerLevelVariables {
					want[name] = "off"
				}
			}
			if !maps.Equal(set, want) {
				t.Errorf("set %v, want %v", slices.Sorted(maps.Keys(set)), slices.Sorted(maps.Keys(want)))
			}
		})
	}
}
