package provider

import rdebug "runtime/debug"

// The provider's heap is small and short-lived: a plan's reads each allocate a few hundred
// kilobytes that die with the read. Go's default (a collection whenever the heap doubles)
// spent about a fifth of the provider's CPU collecting. TuneGC makes it collect when the heap
// has grown fourfold instead, and in any case before Go's memory reaches 40 MiB, which keeps
// the provider's peak RSS under its 64 MiB target (internal/cmd/benchplan README). GOGC or
// GOMEMLIMIT in the environment win.
const (
	gcPercent   = 300
	memoryLimit = 40 << 20
)

// TuneGC sets the collector for the provider's process, unless the environment sets it.
func TuneGC(getenv func(string) string) {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return
	}
	rdebug.SetGCPercent(gcPercent)
	rdebug.SetMemoryLimit(memoryLimit)
}
