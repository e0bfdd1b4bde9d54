package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/standin"
)

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

// listVsLookups plans 500 sessions read by one seam_client_sessions and by 500
// seam_client_session lookups, against the stand-in (the fake has no list route).
func listVsLookups(ctx context.Context, bin binary, fakeURL string, runs int) error {
	var violations atomic.Int64
	srv, err := standin.New(fakeURL, func(format string, args ...any) {
		violations.Add(1)
		fmt.Printf("  "+format+"\n", args...)
	})
	if err != nil {
		return err
	}
	for i := range listedSessions {
		key := userKey(i)
		srv.Insert(fakeseam.SeedWorkspace, func(s *standin.Session) { s.UserIdentifierKey = &key })
	}
	l, err := (&net.ListenConfig{}).Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	server := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = server.Serve(l) }()
	defer server.Close()
	env := []string{"SEAM_ENDPOINT=http://" + l.Addr().String(), "SEAM_API_KEY=" + fakeseam.SeedAPIKey}

	medianOf := func(config string) (time.Duration, error) {
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
	lookups, err := medianOf(fmt.Sprintf(configTemplate, listedSessions))
	if err != nil {
		return err
	}
	list, err := medianOf(listTemplate)
	if err != nil {
		return err
	}
	if n := violations.Load(); n > 0 {
		return fmt.Errorf("the stand-in saw %d departures from Seam's OpenAPI", n)
	}
	ratio := float64(list) / float64(lookups)
	fmt.Printf("\n%d sessions through terraform plan, against the stand-in, median of %d runs\n", listedSessions, runs)
	fmt.Printf("  %d seam_client_session lookups: %s\n", listedSessions, lookups.Round(time.Millisecond))
	fmt.Printf("  one seam_client_sessions:      %s\n", list.Round(time.Millisecond))
	fmt.Printf("target: list / lookups <= 0.10: %.3f, %s\n", ratio, verdict(ratio <= 0.10))
	return nil
}
