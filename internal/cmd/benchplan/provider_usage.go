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

// usage is what the provider processes of one run used.
type usage struct {
	peakRSS int64         // bytes: the largest VmHWM of any of them
	cpu     time.Duration // user and system time, summed over them
}

// watchProvider samples every running process of binary (Terraform starts the provider
// itself) until the returned function is called. VmHWM is the kernel's own high-water mark
// of RSS, so no peak is missed; CPU time is the last sample before each process exits.
func watchProvider(ctx context.Context, binary string) func() usage {
	ctx, cancel := context.WithCancel(ctx)
	var mu sync.Mutex
	var peak int64
	cpu := map[string]time.Duration{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			for _, pid := range processesOf(binary) {
				hwm, used := sample(pid)
				mu.Lock()
				peak = max(peak, hwm)
				cpu[pid] = max(cpu[pid], used)
				mu.Unlock()
			}
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	}()
	return func() usage {
		cancel()
		<-done
		mu.Lock()
		defer mu.Unlock()
		u := usage{peakRSS: peak}
		for _, d := range cpu {
			u.cpu += d
		}
		return u
	}
}

func processesOf(binary string) []string {
	entries, _ := os.ReadDir("/proc")
	var pids []string
	for _, e := range entries {
		if _, err := strconv.Atoi(e.Name()); err != nil {
			continue
		}
		if exe, err := os.Readlink(filepath.Join("/proc", e.Name(), "exe")); err == nil && exe == binary {
			pids = append(pids, e.Name())
		}
	}
	return pids
}

// userHZ is the unit of /proc's CPU times, fixed at 100 by Linux's user-space ABI.
const userHZ = 100

func sample(pid string) (hwm int64, cpu time.Duration) {
	if f, err := os.Open(filepath.Join("/proc", pid, "status")); err == nil {
		s := bufio.NewScanner(f)
		for s.Scan() {
			if rest, ok := strings.CutPrefix(s.Text(), "VmHWM:"); ok {
				if kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64); err == nil {
					hwm = kb << 10
				}
			}
		}
		_ = f.Close()
	}
	if stat, err := os.ReadFile(filepath.Join("/proc", pid, "stat")); err == nil {
		// Fields after the command name, which is in parentheses and may hold spaces.
		if i := strings.LastIndexByte(string(stat), ')'); i > 0 {
			fields := strings.Fields(string(stat)[i+1:])
			if len(fields) > 12 {
				utime, _ := strconv.ParseInt(fields[11], 10, 64)
				stime, _ := strconv.ParseInt(fields[12], 10, 64)
				cpu = time.Duration(utime+stime) * time.Second / userHZ
			}
		}
	}
	return hwm, cpu
}
