package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// fleetSizes are the lists of the fleet measurement, and fleetPairedAt the size at which the
// list is paired with a build of the commit before the fleet work.
var fleetSizes = []int{500, 1000, 2000, 5000, 10000}

const fleetPairedAt = 5000

// oldSettings are the runtime settings the provider shipped before the fleet work (GOGC 300,
// a 40 MiB GOMEMLIMIT): the environment sets them on the same binary, so that they are
// measured beside Go's defaults in one run.
var oldSettings = []string{"GOGC=300", "GOMEMLIMIT=40MiB"}

const fleetTemplate = `terraform {
  required_providers {
    seam = { source = "seamapi/seam" }
  }
}

provider "seam" {}

data "seam_client_sessions" "all" {
  include_tokens = true
}

output "sessions" {
  value = length(data.seam_client_sessions.all.client_sessions)
}
`

// variant is a provider build run with an environment of its own.
type variant struct {
	name string
	bin  binary
	env  []string
}

// fleetPoint is what a variant's plans of one list size cost, medians over the runs.
type fleetPoint struct {
	wall, cpu time.Duration
	peakRSS   int64
}

func (p fleetPoint) perObject(n int) time.Duration { return p.cpu / time.Duration(n) }

// fleet plans one seam_client_sessions with include_tokens over workspaces of 500 to 10,000
// sessions (the stand-in, seeded), with this build under Go's defaults and under the runtime
// settings it shipped before, taken in turn so both share the machine's noise, and, at 5,000,
// with a build of the commit before the fleet work under Go's defaults. It prints the curve
// (wall, the provider's CPU and peak RSS, CPU per session) and each target.
func fleet(ctx context.Context, current, before binary, fakeURL string, runs int) error {
	defaults := variant{name: "this build, Go's defaults", bin: current}
	settings := variant{name: "this build, GOGC 300 + 40 MiB GOMEMLIMIT", bin: current, env: oldSettings}
	// GOGC set in its environment turns off the tuning that build shipped: Go's defaults.
	earlier := variant{name: before.name + ", Go's defaults", bin: before, env: []string{"GOGC=100"}}
	points := map[string]map[int]fleetPoint{}
	for _, n := range fleetSizes {
		variants := []variant{defaults, settings}
		if n == fleetPairedAt && before.path != "" {
			variants = append(variants, earlier)
		}
		measured, err := measureFleet(ctx, fakeURL, n, variants, runs)
		if err != nil {
			return fmt.Errorf("a list of %d: %w", n, err)
		}
		for name, p := range measured {
			if points[name] == nil {
				points[name] = map[int]fleetPoint{}
			}
			points[name][n] = p
		}
	}
	fmt.Printf("\nseam_client_sessions (include_tokens) through terraform plan, against the stand-in, median of %d runs\n", runs)
	fmt.Printf("%-42s %7s %10s %14s %12s %14s\n", "build and runtime settings", "N", "plan", "provider CPU", "peak RSS", "CPU / session")
	for _, v := range []variant{defaults, settings, earlier} {
		for _, n := range fleetSizes {
			if p, ok := points[v.name][n]; ok {
				fmt.Printf("%-42s %7d %10s %14s %8.1f MiB %11.0f µs\n", v.name, n, p.wall.Round(time.Millisecond),
					p.cpu.Round(time.Millisecond), float64(p.peakRSS)/(1<<20), float64(p.perObject(n))/float64(time.Microsecond))
			}
		}
	}
	worst := 0.0
	for _, n := range fleetSizes {
		d, s := points[defaults.name][n], points[settings.name][n]
		ratio := float64(s.cpu) / float64(d.cpu)
		worst = max(worst, ratio)
		fmt.Printf("  at %5d: the old settings cost %.2fx the CPU and %.2fx the wall time of Go's defaults\n", n, ratio,
			float64(s.wall)/float64(d.wall))
	}
	fmt.Printf("target: the shipped runtime settings (Go's defaults) never lose to Go's defaults: met by construction; the old "+
		"settings lose at worst %.2fx, %s\n", worst, map[bool]string{true: "so they do not ship", false: "yet they do not ship"}[worst > 1])
	d1000, d10000 := points[defaults.name][1000], points[defaults.name][10000]
	growth := float64(d10000.perObject(10000)) / float64(d1000.perObject(1000))
	fmt.Printf("target: CPU per session at 10,000 within 1.2x its value at 1,000: %.2fx, %s\n", growth, verdict(growth <= 1.2))
	d5000 := points[defaults.name][fleetPairedAt]
	fmt.Printf("target: peak RSS at 5,000 at most 80 MiB, with no memory limit: %.1f MiB (%.1f KiB a session), %s\n",
		float64(d5000.peakRSS)/(1<<20), float64(d5000.peakRSS)/1024/fleetPairedAt, verdict(d5000.peakRSS <= 80<<20))
	if e, ok := points[earlier.name][fleetPairedAt]; ok {
		ratio := float64(d5000.cpu) / float64(e.cpu)
		fmt.Printf("target: a list of 5,000 at most half the provider CPU of %s: %.2fx (%s against %s), %s\n", before.name, ratio,
			d5000.cpu.Round(time.Millisecond), e.cpu.Round(time.Millisecond), verdict(ratio <= 0.5))
	}
	return nil
}

// measureFleet serves a stand-in whose workspace holds n sessions and plans the list with
// each variant in turn, runs times after a warm-up round.
func measureFleet(ctx context.Context, fakeURL string, n int, variants []variant, runs int) (map[string]fleetPoint, error) {
	out := map[string]fleetPoint{}
	err := withFleet(ctx, fakeURL, map[string]int{"client_session": n}, func(env []string) error {
		walls, cpus, peaks := map[string][]time.Duration{}, map[string][]time.Duration{}, map[string]int64{}
		for i := range runs + 1 {
			for _, v := range variants {
				m, err := planOnce(ctx, v.bin, fleetTemplate, append(append([]string{}, env...), v.env...))
				if err != nil {
					return fmt.Errorf("%s: %w", v.name, err)
				}
				if i == 0 {
					continue // a warm-up round
				}
				walls[v.name], cpus[v.name] = append(walls[v.name], m.elapsed), append(cpus[v.name], m.usage.cpu)
				peaks[v.name] = max(peaks[v.name], m.usage.peakRSS)
			}
		}
		for _, v := range variants {
			out[v.name] = fleetPoint{wall: median(walls[v.name]), cpu: median(cpus[v.name]), peakRSS: peaks[v.name]}
		}
		return nil
	})
	return out, err
}

// withFleet serves a stand-in whose workspace holds, of each kind, as many objects as kinds
// says (Seed), and runs f with the environment that points the provider at it.
func withFleet(ctx context.Context, fakeURL string, kinds map[string]int, f func(env []string) error) error {
	return withStandIn(ctx, fakeURL, func(srv *standin.Server) error {
		for kind, n := range kinds {
			if err := srv.Seed(ctx, fakeseam.SeedWorkspace, kind, n); err != nil {
				return err
			}
		}
		return nil
	}, f)
}

// withStandIn serves a stand-in that fill has filled, and runs f with the environment that
// points the provider at it. A departure from Seam's OpenAPI fails the measurement.
func withStandIn(ctx context.Context, fakeURL string, fill func(*standin.Server) error, f func(env []string) error) error {
	var violations atomic.Int64
	srv, err := standin.New(fakeURL, func(format string, args ...any) {
		violations.Add(1)
		fmt.Printf("  "+format+"\n", args...)
	})
	if err != nil {
		return err
	}
	if err := fill(srv); err != nil {
		return err
	}
	l, err := (&net.ListenConfig{}).Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	server := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = server.Serve(l) }()
	defer server.Close()
	if err := f([]string{"SEAM_ENDPOINT=http://" + l.Addr().String(), "SEAM_API_KEY=" + fakeseam.SeedAPIKey}); err != nil {
		return err
	}
	if v := violations.Load(); v > 0 {
		return fmt.Errorf("the stand-in saw %d departures from Seam's OpenAPI", v)
	}
	return nil
}
