package main

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// watchPeakRSS samples every running process of binary (Terraform starts the provider
// itself) and returns a function that stops sampling and reports the largest VmHWM seen.
// VmHWM is the kernel's own high-water mark of a process's RSS, so sampling misses no peak,
// only a process that lives for less than one interval.
func watchPeakRSS(ctx context.Context, binary string) func() int64 {
	ctx, cancel := context.WithCancel(ctx)
	var mu sync.Mutex
	var peak int64
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			if hwm := highWaterMark(binary); hwm > 0 {
				mu.Lock()
				peak = max(peak, hwm)
				mu.Unlock()
			}
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	}()
	return func() int64 {
		cancel()
		<-done
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

func highWaterMark(binary string) int64 {
	entries, _ := os.ReadDir("/proc")
	var most int64
	for _, e := range entries {
		if _, err := strconv.Atoi(e.Name()); err != nil {
			continue
		}
		exe, err := os.Readlink(filepath.Join("/proc", e.Name(), "exe"))
		if err != nil || exe != binary {
			continue
		}
		most = max(most, vmHWM(filepath.Join("/proc", e.Name(), "status")))
	}
	return most
}

func vmHWM(statusFile string) int64 {
	f, err := os.Open(statusFile)
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if rest, ok := strings.CutPrefix(s.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
