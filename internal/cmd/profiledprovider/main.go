// Command profiledprovider is the provider with a CPU profile of each process's whole life
// written to SEAM_BENCH_PROFILE_DIR/cpu-<pid>.pprof: what `make bench` runs to find where a
// read's time goes. It is built apart so that the release binary holds no profiling code.
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"

	"github.com/seamapi/terraform-provider-seam/internal/provider"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "profiledprovider:", err)
		os.Exit(1)
	}
}

func run() error {
	dir := os.Getenv("SEAM_BENCH_PROFILE_DIR")
	if dir == "" {
		return fmt.Errorf("SEAM_BENCH_PROFILE_DIR is not set")
	}
	f, err := os.Create(filepath.Join(dir, fmt.Sprintf("cpu-%d.pprof", os.Getpid())))
	if err != nil {
		return err
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	provider.QuietUnreadLogs(os.Environ(), false, os.Setenv)
	// Terraform stops a provider gracefully, so Serve returns and the profile is complete.
	defer pprof.StopCPUProfile()
	return providerserver.Serve(context.Background(), provider.New("bench"), providerserver.ServeOpts{
		Address: "registry.terraform.io/seamapi/seam",
	})
}
