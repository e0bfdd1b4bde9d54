package main

import (
	"context"
	"fmt"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// perReadN is the size of the plans that the cpu and profile measurements run.
const perReadN = 200

// perReadCPU measures the provider's CPU per read of each binary, side by side: plans of
// 200 lookups and of 1, taken in turn so that both binaries share the machine's noise. A
// read's cost is the difference over the 199 reads more: the processes' start-up cancels out.
func perReadCPU(ctx context.Context, baseline, current binary, fakeURL string, runs int) error {
	env := []string{"SEAM_ENDPOINT=" + fakeURL, "SEAM_API_KEY=" + fakeseam.SeedAPIKey}
	cpu := map[string][]time.Duration{}
	key := func(b binary, n int) string { return fmt.Sprintf("%s/%d", b.name, n) }
	for range runs {
		for _, b := range []binary{baseline, current} {
			for _, n := range []int{perReadN, 1} {
				measured, err := plan(ctx, b, fmt.Sprintf(configTemplate, n), env, nil, 1)
				if err != nil {
					return fmt.Errorf("%s provider, %d lookups: %w", b.name, n, err)
				}
				cpu[key(b, n)] = append(cpu[key(b, n)], measured[0].usage.cpu)
			}
		}
	}
	perRead := func(b binary) time.Duration {
		return (median(cpu[key(b, perReadN)]) - median(cpu[key(b, 1)])) / (perReadN - 1)
	}
	before, after := perRead(baseline), perRead(current)
	fmt.Printf("\nprovider CPU per read (plans of %d and 1 lookups, median of %d runs each, taken in turn)\n", perReadN, runs)
	for _, b := range []binary{baseline, current} {
		fmt.Printf("  %-8s %s: %d lookups %s, 1 lookup %s, per read %s\n", b.name, b.path,
			perReadN, median(cpu[key(b, perReadN)]).Round(10*time.Millisecond), median(cpu[key(b, 1)]).Round(10*time.Millisecond),
			perRead(b).Round(10*time.Microsecond))
	}
	cut := 1 - float64(after)/float64(before)
	fmt.Printf("target: at least 20%% less provider CPU per read than the baseline: %.0f%% less, %s\n", 100*cut, verdict(cut >= 0.20))
	return nil
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "MISSED"
}
