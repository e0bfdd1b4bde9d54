package provider

import (
	"math"
	rdebug "runtime/debug"
	"testing"
)

// The collector is tuned unless the environment names GOGC or GOMEMLIMIT, which win.
func TestTuneGC_setsTheCollectorUnlessTheEnvironmentDoes(t *testing.T) {
	percent, limit := rdebug.SetGCPercent(100), rdebug.SetMemoryLimit(math.MaxInt64)
	t.Cleanup(func() { rdebug.SetGCPercent(percent); rdebug.SetMemoryLimit(limit) })
	for _, tc := range []struct {
		name                   string
		env                    map[string]string
		wantPercent, wantLimit int64
	}{
		{"nothing set", nil, gcPercent, memoryLimit},
		{"GOGC set", map[string]string{"GOGC": "50"}, 100, math.MaxInt64},
		{"GOMEMLIMIT set", map[string]string{"GOMEMLIMIT": "1GiB"}, 100, math.MaxInt64},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rdebug.SetGCPercent(100)
			rdebug.SetMemoryLimit(math.MaxInt64)
			TuneGC(func(k string) string { return tc.env[k] })
			if got := rdebug.SetGCPercent(100); int64(got) != tc.wantPercent {
				t.Errorf("GC percent %d, want %d", got, tc.wantPercent)
			}
			if got := rdebug.SetMemoryLimit(math.MaxInt64); got != tc.wantLimit {
				t.Errorf("memory limit %d, want %d", got, tc.wantLimit)
			}
		})
	}
}
