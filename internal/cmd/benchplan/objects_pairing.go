package main

import (
	"context"
	"fmt"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// objectsPairing measures what registering more objects costs every plan: the same plan of
// 200 lookups with a build from before the objects (the client session alone) and with this
// one, in pairs, each pair taken back to back so both share the machine's noise. It reports
// the median of the pairs' ratios, of wall time and of the provider's CPU.
func objectsPairing(ctx context.Context, before, current binary, fakeURL string, runs int) error {
	env := []string{"SEAM_ENDPOINT=" + fakeURL, "SEAM_API_KEY=" + fakeseam.SeedAPIKey}
	config := fmt.Sprintf(configTemplate, perReadN)
	var wall, cpu []float64
	for i := range runs + 1 {
		var runs [2]planRun
		for j, b := range []binary{before, current} {
			measured, err := plan(ctx, b, config, env, nil, 1)
			if err != nil {
				return fmt.Errorf("%s provider: %w", b.name, err)
			}
			runs[j] = measured[0]
		}
		if i == 0 {
			continue // a warm-up pair
		}
		wall = append(wall, float64(runs[1].elapsed)/float64(runs[0].elapsed))
		cpu = append(cpu, float64(runs[1].usage.cpu)/float64(runs[0].usage.cpu))
		fmt.Printf("  pair %d: %s %s / %s %s, provider CPU %s / %s\n", i, before.name, runs[0].elapsed.Round(time.Millisecond),
			current.name, runs[1].elapsed.Round(time.Millisecond), runs[0].usage.cpu.Round(time.Millisecond), runs[1].usage.cpu.Round(time.Millisecond))
	}
	fmt.Printf("\nthe plan of %d lookups, this build against %s (%s), median of %d paired runs: wall %.3fx, provider CPU %.3fx\n",
		perReadN, before.name, before.path, runs, median(wall), median(cpu))
	fmt.Printf("target: no slower than before the objects (wall at most 1.00x): %s\n", verdict(median(wall) <= 1.0))
	return nil
}
