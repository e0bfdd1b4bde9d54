// Command benchplan measures what reads cost end to end, with `terraform plan` against
// Seam's fake server and the stand-in, using locally built providers through dev_overrides:
//
//   - lookups: N seam_client_session data sources (for_each): wall time, time per lookup, the
//     provider's CPU time and peak RSS, and the TCP connections it opened; a control run plans
//     N terraform_data resources with no provider, to show what Terraform core costs alone;
//   - list: 500 sessions read through one seam_client_sessions against 500 lookups;
//   - cpu: the provider's CPU per read, this build beside a baseline build, side by side;
//   - objects: the plan of 200 lookups paired with a build from before the other objects;
//   - fleet: seam_client_sessions over 500 to 10,000 sessions, under Go's defaults and under
//     the runtime settings shipped before, and at 5,000 a build from before the fleet work;
//   - lists: every list data source and list resource over 2,000 objects of its kind;
//   - profile: CPU profiles of the provider's processes during plans of 200 lookups.
//
// `make bench` builds the providers and runs it.
package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// terraformCLI is the Terraform CLI every measurement plans with (-terraform).
var terraformCLI = "terraform"

type result struct {
	n           int
	median      time.Duration
	providerCPU time.Duration // median over runs
	peakRSS     int64         // bytes
	connections int64         // the most any one run opened
	control     time.Duration // median plan time of N terraform_data, no provider
}

// options are the command's flags.
type options struct {
	sizes      []int
	runs       int
	only       map[string]bool
	current    string
	baseline   string
	oneObject  string
	before     string
	profiled   string
	profileDir string
}

func main() {
	var o options
	sizes := flag.String("sizes", "1,100,500", "numbers of data sources the lookups measurement plans, comma-separated")
	only := flag.String("only", "lookups,list,cpu,objects,fleet,lists,profile", "the measurements to make, comma-separated")
	flag.IntVar(&o.runs, "runs", 5, "measured runs per case, after one warm-up run")
	flag.StringVar(&o.current, "provider", "bin/terraform-provider-seam", "the provider binary to measure")
	flag.StringVar(&o.baseline, "baseline", "", "a provider binary of an earlier commit, for the cpu measurement")
	flag.StringVar(&o.oneObject, "one-object", "", "a provider binary from before the objects beside the client session, for the objects measurement")
	flag.StringVar(&o.before, "before", "", "a provider binary of the commit before the fleet work, for the fleet measurement")
	flag.StringVar(&terraformCLI, "terraform", "terraform", "the Terraform CLI to plan with")
	flag.StringVar(&o.profiled, "profiled", "", "the profiling build of the provider (internal/cmd/profiledprovider), for the profile measurement")
	flag.StringVar(&o.profileDir, "profile-dir", "bin/profile", "where the profile measurement writes its profiles")
	flag.Parse()
	o.only = map[string]bool{}
	for _, m := range strings.Split(*only, ",") {
		o.only[strings.TrimSpace(m)] = true
	}
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			fmt.Fprintf(os.Stderr, "benchplan: bad size %q\n", s)
			os.Exit(2)
		}
		o.sizes = append(o.sizes, n)
	}
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "benchplan:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	work, err := os.MkdirTemp("", "seam-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	current, err := newBinary("current", o.current, work)
	if err != nil {
		return err
	}

	fake, err := fakeseam.Start(ctx)
	if err != nil {
		return err
	}
	defer fake.Stop()
	if err := createSessions(ctx, fake.URL, max(slices.Max(o.sizes), perReadN)); err != nil {
		return err
	}

	if o.only["lookups"] {
		proxy, err := startCountingProxy(ctx, strings.TrimPrefix(fake.URL, "http://"))
		if err != nil {
			return err
		}
		defer proxy.Close()
		var results []result
		for _, n := range o.sizes {
			r, err := measure(ctx, current, proxy, n, o.runs)
			if err != nil {
				return fmt.Errorf("planning %d data sources: %w", n, err)
			}
			results = append(results, r)
		}
		report(results, o.runs)
	}
	if o.only["list"] {
		if err := listVsLookups(ctx, current, fake.URL, o.runs); err != nil {
			return fmt.Errorf("list against lookups: %w", err)
		}
	}
	if o.only["cpu"] && o.baseline != "" {
		baseline, err := newBinary("baseline", o.baseline, work)
		if err != nil {
			return err
		}
		if err := perReadCPU(ctx, baseline, current, fake.URL, o.runs); err != nil {
			return fmt.Errorf("CPU per read: %w", err)
		}
	}
	if o.only["objects"] && o.oneObject != "" {
		oneObject, err := newBinary("one-object", o.oneObject, work)
		if err != nil {
			return err
		}
		if err := objectsPairing(ctx, oneObject, current, fake.URL, o.runs); err != nil {
			return fmt.Errorf("objects: %w", err)
		}
	}
	if o.only["fleet"] {
		before := binary{name: "before"}
		if o.before != "" {
			if before, err = newBinary("before", o.before, work); err != nil {
				return err
			}
		}
		if err := fleet(ctx, current, before, fake.URL, o.runs); err != nil {
			return fmt.Errorf("fleet: %w", err)
		}
	}
	if o.only["lists"] {
		if err := everyList(ctx, current, fake.URL, o.runs); err != nil {
			return fmt.Errorf("lists: %w", err)
		}
	}
	if o.only["profile"] && o.profiled != "" {
		profiled, err := newBinary("profiled", o.profiled, work)
		if err != nil {
			return err
		}
		if err := profile(ctx, profiled, fake.URL, o.profileDir, o.runs); err != nil {
			return fmt.Errorf("profile: %w", err)
		}
	}
	return nil
}

// binary is a provider binary and a CLI configuration whose dev_overrides point at it.
type binary struct {
	name string
	// path is resolved, as /proc/<pid>/exe shows it, so its processes can be found.
	path string
	tfrc string
}

func newBinary(name, path, work string) (binary, error) {
	abs, err := filepath.Abs(path)
	if err == nil {
		abs, err = filepath.EvalSymlinks(abs)
	}
	if err != nil {
		return binary{}, fmt.Errorf("the %s provider binary: %w", name, err)
	}
	if filepath.Base(abs) != "terraform-provider-seam" {
		return binary{}, fmt.Errorf("the %s provider binary is %s; dev_overrides needs it named terraform-provider-seam", name, abs)
	}
	tfrc := filepath.Join(work, name+".tfrc")
	rc := fmt.Sprintf("provider_installation {\n  dev_overrides {\n    \"seamapi/seam\" = %q\n  }\n  direct {}\n}\n", filepath.Dir(abs))
	return binary{name: name, path: abs, tfrc: tfrc}, os.WriteFile(tfrc, []byte(rc), 0o600)
}

func userKey(i int) string { return fmt.Sprintf("bench_user_%04d", i) }

// createSessions gives the fake one session per user key, a few requests at a time.
func createSessions(ctx context.Context, url string, n int) error {
	sem := make(chan struct{}, 8)
	errs := make(chan error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			errs <- fakeseam.Call(ctx, "POST", url+"/client_sessions/create", fakeseam.SeedAPIKey,
				map[string]string{"user_identifier_key": userKey(i)}, nil)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

const configTemplate = `terraform {
  required_providers {
    seam = { source = "seamapi/seam" }
  }
}

provider "seam" {}

data "seam_client_session" "user" {
  for_each            = toset([for i in range(%d) : format("bench_user_%%04d", i)])
  user_identifier_key = each.value
}

output "devices" {
  value = sum([for s in data.seam_client_session.user : s.device_count])
}
`

// controlTemplate is the same for_each over Terraform's built-in terraform_data.
const controlTemplate = `resource "terraform_data" "user" {
  for_each = toset([for i in range(%d) : format("bench_user_%%04d", i)])
  input    = each.value
}
`

func measure(ctx context.Context, bin binary, proxy *countingProxy, n, runs int) (result, error) {
	r := result{n: n}
	env := []string{"SEAM_ENDPOINT=http://" + proxy.Addr(), "SEAM_API_KEY=" + fakeseam.SeedAPIKey}
	measured, err := plan(ctx, bin, fmt.Sprintf(configTemplate, n), env, proxy, runs)
	if err != nil {
		return r, err
	}
	var times, cpus []time.Duration
	for _, m := range measured {
		times, cpus = append(times, m.elapsed), append(cpus, m.usage.cpu)
		r.peakRSS = max(r.peakRSS, m.usage.peakRSS)
		r.connections = max(r.connections, m.connections)
	}
	r.median, r.providerCPU = median(times), median(cpus)

	control, err := plan(ctx, bin, fmt.Sprintf(controlTemplate, n), nil, nil, runs)
	if err != nil {
		return r, err
	}
	times = times[:0]
	for _, m := range control {
		times = append(times, m.elapsed)
	}
	r.control = median(times)
	return r, nil
}

// planRun is one measured `terraform plan`.
type planRun struct {
	elapsed     time.Duration
	usage       usage
	connections int64
	output      string
}

// plan runs `terraform plan` on config runs+1 times and measures all but the first, a
// warm-up (file caches, Terraform's own start-up). proxy, when not nil, counts connections.
func plan(ctx context.Context, bin binary, config string, env []string, proxy *countingProxy, runs int) ([]planRun, error) {
	dir, err := os.MkdirTemp("", "seam-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(config), 0o600); err != nil {
		return nil, err
	}
	var measured []planRun
	for i := range runs + 1 {
		if proxy != nil {
			proxy.Reset()
		}
		m, err := commandIn(ctx, bin, dir, env, "plan")
		if err != nil {
			return nil, err
		}
		if proxy != nil {
			m.connections = proxy.Count()
		}
		if i > 0 {
			measured = append(measured, m)
		}
	}
	return measured, nil
}

// planOnce runs `terraform plan` on config once, and measures it.
func planOnce(ctx context.Context, bin binary, config string, env []string) (planRun, error) {
	dir, err := os.MkdirTemp("", "seam-bench-")
	if err != nil {
		return planRun{}, err
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(config), 0o600); err != nil {
		return planRun{}, err
	}
	return commandIn(ctx, bin, dir, env, "plan")
}

// commandIn runs `terraform plan` or `terraform query` in dir with bin and env added, and
// measures it.
func commandIn(ctx context.Context, bin binary, dir string, env []string, command string) (planRun, error) {
	watch := watchProvider(ctx, bin.path)
	start := time.Now()
	args := []string{"-chdir=" + dir, command, "-no-color"}
	if command == "plan" {
		args = append(args, "-input=false", "-lock=false")
	}
	cmd := exec.CommandContext(ctx, terraformCLI, args...)
	cmd.Env = append(append(os.Environ(), "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1", "TF_CLI_CONFIG_FILE="+bin.tfrc), env...)
	out, err := cmd.CombinedOutput()
	m := planRun{elapsed: time.Since(start), usage: watch(), output: string(out)}
	if err != nil {
		return m, fmt.Errorf("terraform %s: %w\n%s", command, err, out)
	}
	return m, nil
}

func median[T cmp.Ordered](xs []T) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

func report(results []result, runs int) {
	fmt.Printf("terraform plan over N seam_client_session data sources (for_each), Seam's fake server, median of %d runs\n", runs)
	fmt.Printf("%6s %10s %12s %14s %14s %12s %22s\n", "N", "plan", "per lookup", "provider CPU", "provider RSS", "connections", "control: core alone")
	byN := map[int]result{}
	for _, r := range results {
		byN[r.n] = r
		fmt.Printf("%6d %10s %12s %14s %10.1f MiB %12d %22s\n", r.n, r.median.Round(time.Millisecond),
			(r.median / time.Duration(r.n)).Round(time.Microsecond), r.providerCPU.Round(10*time.Millisecond),
			float64(r.peakRSS)/(1<<20), r.connections, r.control.Round(time.Millisecond))
	}
	if r, ok := byN[500]; ok {
		fmt.Printf("target: connections at N=500 <= 12: %d, %s\n", r.connections, verdict(r.connections <= 12))
		fmt.Printf("target: provider peak RSS at N=500 <= 64 MiB: %.1f MiB, %s\n", float64(r.peakRSS)/(1<<20), verdict(r.peakRSS <= 64<<20))
		if r100, ok := byN[100]; ok {
			ratio := float64(r.median) / float64(r100.median)
			fmt.Printf("target: plan time N=500 / N=100 <= 5.5: %.2f, %s\n", ratio, verdict(ratio <= 5.5))
			fmt.Printf("  of which the provider's CPU time, N=500 / N=100: %.2f; Terraform core alone (terraform_data control): %.2f\n",
				float64(r.providerCPU)/float64(r100.providerCPU), float64(r.control)/float64(r100.control))
		}
	}
}
