package main

import (
	"context"
	"fmt"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// listSizes are the workspaces the list is read from; lookups are measured at the middle one.
var listSizes = []int{250, 500, 1000}

const listedSessions = 500

const listTemplate = `terraform {
  required_providers {
    seam = { source = "seamapi/seam" }
  }
}

provider "seam" {}

data "seam_client_sessions" "all" {}

output "devices" {
  value = sum([for s in data.seam_client_sessions.all.client_sessions : s.device_count])
}
`

// listVsLookups plans one seam_client_sessions over workspaces of 250, 500 and 1000 sessions,
// and 500 sessions read by as many seam_client_session lookups, against the stand-in (the fake
// has no list route). The list's cost must grow linearly: 1000/500 at most 2.2; and the list
// of 500 must cost at most a tenth of the 500 lookups.
func listVsLookups(ctx context.Context, bin binary, fakeURL string, runs int) error {
	lists := map[int]time.Duration{}
	var lookups time.Duration
	for _, n := range listSizes {
		err := withSessions(ctx, fakeURL, n, func(env []string) error {
			list, err := medianPlan(ctx, bin, listTemplate, env, runs)
			lists[n] = list
			if err != nil || n != listedSessions {
				return err
			}
			lookups, err = medianPlan(ctx, bin, fmt.Sprintf(configTemplate, listedSessions), env, runs)
			return err
		})
		if err != nil {
			return err
		}
	}
	growth := float64(lists[1000]) / float64(lists[500])
	ratio := float64(lists[listedSessions]) / float64(lookups)
	fmt.Printf("\nseam_client_sessions through terraform plan, against the stand-in, median of %d runs\n", runs)
	for _, n := range listSizes {
		fmt.Printf("  one list of %4d sessions:       %s\n", n, lists[n].Round(time.Millisecond))
	}
	fmt.Printf("  %d seam_client_session lookups: %s\n", listedSessions, lookups.Round(time.Millisecond))
	fmt.Printf("target: list of 1000 / list of 500 <= 2.2 (linear): %.2f, %s\n", growth, verdict(growth <= 2.2))
	fmt.Printf("target: list of 500 / 500 lookups <= 0.10: %.3f, %s\n", ratio, verdict(ratio <= 0.10))
	return nil
}

// withSessions serves a stand-in whose workspace holds n sessions, each with a key, and runs
// f with the environment that points the provider at it.
func withSessions(ctx context.Context, fakeURL string, n int, f func(env []string) error) error {
	return withStandIn(ctx, fakeURL, func(srv *standin.Server) error {
		for i := range n {
			key := userKey(i)
			srv.Insert(fakeseam.SeedWorkspace, func(s *standin.Session) { s.UserIdentifierKey = &key })
		}
		return nil
	}, f)
}

// medianPlan is the median time of runs plans of config.
func medianPlan(ctx context.Context, bin binary, config string, env []string, runs int) (time.Duration, error) {
	measured, err := plan(ctx, bin, config, env, nil, runs)
	if err != nil {
		return 0, err
	}
	var times []time.Duration
	for _, m := range measured {
		times = append(times, m.elapsed)
	}
	return median(times), nil
}
