package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// profile runs plans of 200 lookups with the profiling build, each of whose processes
// writes a CPU profile into dir, and prints pprof's top functions by cumulative time.
func profile(ctx context.Context, bin binary, fakeURL, dir string, runs int) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	env := []string{"SEAM_ENDPOINT=" + fakeURL, "SEAM_API_KEY=" + fakeseam.SeedAPIKey, "SEAM_BENCH_PROFILE_DIR=" + abs}
	if _, err := plan(ctx, bin, fmt.Sprintf(configTemplate, perReadN), env, nil, runs); err != nil {
		return err
	}
	profiles, err := filepath.Glob(filepath.Join(abs, "cpu-*.pprof"))
	if err != nil || len(profiles) == 0 {
		return fmt.Errorf("the profiling build wrote no profile into %s", abs)
	}
	args := append([]string{"tool", "pprof", "-top", "-cum", "-nodecount=40", bin.path}, profiles...)
	out, err := exec.CommandContext(ctx, "go", args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("go tool pprof: %w\n%s", err, out)
	}
	fmt.Printf("\nCPU profile of the provider's processes over %d plans of %d lookups (%d profiles in %s; `go tool pprof -http=: %s %s/*.pprof` to explore)\n",
		runs+1, perReadN, len(profiles), dir, bin.path, dir)
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fmt.Println("  " + line)
	}
	return nil
}
