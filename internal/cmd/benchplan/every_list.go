package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// everyListN is how many objects of each kind the every-list measurement lists.
const everyListN = 2000

// listDataSources are the data sources that list a kind, where there is one; every kind
// the stand-in seeds that Terraform manages is listed by its list resource too.
var listDataSources = map[string]string{
	"client_session": "seam_client_sessions", "device": "seam_devices", "connected_account": "seam_connected_accounts",
}

// listResources are the kinds with a list resource, for `terraform query`.
var listResources = []string{"client_session", "user_identity", "connect_webview", "webhook", "space", "access_grant"}

// everyList lists everyListN objects of each kind through each list (data sources with
// `terraform plan`; list resources with `terraform query`, when the CLI has it), under Go's
// defaults, and prints the cost of each: wall, the provider's CPU and peak RSS, CPU per object.
func everyList(ctx context.Context, current binary, fakeURL string, runs int) error {
	kinds := map[string]int{}
	for _, k := range standin.Kinds {
		kinds[k] = everyListN
	}
	canQuery := queryCLI(ctx)
	fmt.Printf("\nevery list over %d objects of its kind, against the stand-in, Go's defaults, median of %d runs\n", everyListN, runs)
	fmt.Printf("%-34s %10s %14s %12s %14s\n", "list", "wall", "provider CPU", "peak RSS", "CPU / object")
	return withFleet(ctx, fakeURL, kinds, func(env []string) error {
		for _, kind := range standin.Kinds {
			cases := map[string]string{}
			if ds, ok := listDataSources[kind]; ok {
				cases["data \""+ds+"\""] = fmt.Sprintf("data %q \"all\" {}\n", ds)
			}
			if canQuery && slices.Contains(listResources, kind) {
				cases["list \"seam_"+kind+"\""] = fmt.Sprintf("list %q \"all\" {\n  provider = seam\n  limit    = %d\n}\n", "seam_"+kind, everyListN)
			}
			for name, block := range cases {
				p, err := measureList(ctx, current, env, block, runs)
				if err != nil {
					return fmt.Errorf("%s: %w", name, err)
				}
				fmt.Printf("%-34s %10s %14s %8.1f MiB %11.0f µs\n", name, p.wall.Round(time.Millisecond), p.cpu.Round(time.Millisecond),
					float64(p.peakRSS)/(1<<20), float64(p.perObject(everyListN))/float64(time.Microsecond))
			}
		}
		if !canQuery {
			fmt.Printf("  (list resources left out: %s has no `terraform query`; -terraform names a CLI of 1.14 or later)\n", terraformCLI)
		}
		return nil
	})
}

// measureList runs a data source's plan, or a list block's query, runs times after a warm-up.
func measureList(ctx context.Context, bin binary, env []string, block string, runs int) (fleetPoint, error) {
	dir, err := os.MkdirTemp("", "seam-bench-")
	if err != nil {
		return fleetPoint{}, err
	}
	defer os.RemoveAll(dir)
	main, command := []byte(providerOnly+block), "plan"
	if strings.HasPrefix(block, "list ") {
		main, command = []byte(providerOnly), "query"
		if err := os.WriteFile(filepath.Join(dir, "all.tfquery.hcl"), []byte(block), 0o600); err != nil {
			return fleetPoint{}, err
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), main, 0o600); err != nil {
		return fleetPoint{}, err
	}
	var walls, cpus []time.Duration
	var peak int64
	for i := range runs + 1 {
		m, err := commandIn(ctx, bin, dir, env, command)
		if err != nil {
			return fleetPoint{}, err
		}
		// A query prints a line a result: a list that stops short measures nothing.
		if got := strings.Count(m.output, "\nlist."); command == "query" && got < everyListN {
			return fleetPoint{}, fmt.Errorf("the query found %d of the %d objects", got, everyListN)
		}
		if i > 0 {
			walls, cpus, peak = append(walls, m.elapsed), append(cpus, m.usage.cpu), max(peak, m.usage.peakRSS)
		}
	}
	return fleetPoint{wall: median(walls), cpu: median(cpus), peakRSS: peak}, nil
}

const providerOnly = `terraform {
  required_providers {
    seam = { source = "seamapi/seam" }
  }
}

provider "seam" {}

`

// queryCLI says whether the Terraform CLI has `terraform query` (1.14 and later).
func queryCLI(ctx context.Context) bool {
	out, err := exec.CommandContext(ctx, terraformCLI, "query", "-help").CombinedOutput()
	return err == nil && strings.Contains(string(out), "tfquery")
}
