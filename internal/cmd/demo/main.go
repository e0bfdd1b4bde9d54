// Command demo runs the provider's main job end to end on this machine. It starts Seam's fake
// API with its seed data and applies examples/demo with the locally built provider (through
// the dev_overrides CLI configuration that TF_CLI_CONFIG_FILE names); then, with the stand-in
// in front of the fake for the routes the fake lacks, it applies examples/story (a user
// identity, a Connect Webview, a client session for both and a webhook), logs the end user in
// through the webview, shows that the next plan is empty, and destroys the four; and it applies
// examples/access (a person, a space holding two locks, a week's access grant by PIN code and
// mobile key), moves the grant's end in place, and destroys it; and it applies examples/fleet
// (quiet hours on every noise sensor, Eco and Comfort presets on every thermostat), changes
// the quiet level in place, and destroys it. `make demo` builds the provider and runs it.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "demo:", err)
		os.Exit(1)
	}
}

func run() error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if os.Getenv("TF_CLI_CONFIG_FILE") == "" {
		return errors.New("TF_CLI_CONFIG_FILE must name a CLI configuration with dev_overrides for seamapi/seam; run `make demo`")
	}
	fmt.Println("==> Starting Seam's fake API (@seamapi/fake-seam-connect) with its seed data")
	fake, err := fakeseam.Start(ctx)
	if err != nil {
		return err
	}
	defer fake.Stop()
	fmt.Printf("    listening on %s\n", fake.URL)

	// `terraform output` without a name keeps sensitive values hidden; naming one would print it.
	if err := apply(ctx, "demo", fake.URL, [][]string{
		{"apply", "-auto-approve", "-input=false", "-no-color"},
		{"output", "-no-color"},
	}); err != nil {
		return err
	}
	fmt.Println("==> The seeded session was read by user identifier key and by ID, and a kiosk session was created and read back; tokens are shown as <sensitive>.")

	var violations []string
	srv, err := standin.New(fake.URL, func(format string, args ...any) { violations = append(violations, fmt.Sprintf(format, args...)) })
	if err != nil {
		return err
	}
	listener, err := (&net.ListenConfig{}).Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	server := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = server.Serve(listener) }()
	defer server.Close()
	endpoint := "http://" + listener.Addr().String()
	fmt.Printf("==> Starting the stand-in for the routes the fake lacks (user identities, Connect Webview delete, webhook update, spaces, access grants), at %s\n", endpoint)
	if err := story(ctx, endpoint); err != nil {
		return err
	}
	if err := access(ctx, endpoint); err != nil {
		return err
	}
	if err := fleet(ctx, endpoint, srv); err != nil {
		return err
	}
	if len(violations) > 0 {
		return fmt.Errorf("the stand-in saw traffic outside Seam's OpenAPI: %v", violations)
	}
	return nil
}

// terraformIn runs the Terraform CLI in dir against endpoint, printing what it prints but
// the JSON of `output -json`, which the demo reads.
func terraformIn(ctx context.Context, dir, endpoint string) func(args ...string) ([]byte, error) {
	return func(args ...string) ([]byte, error) {
		fmt.Printf("==> terraform %s\n", strings.Join(args, " "))
		cmd := exec.CommandContext(ctx, "terraform", append([]string{"-chdir=" + dir}, args...)...)
		cmd.Env = demoEnv(endpoint)
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		if args[0] != "output" || len(args) < 2 || args[1] != "-json" {
			os.Stdout.Write(out)
		}
		return out, err
	}
}

// story applies examples/story against the stand-in, logs the end user in, plans, destroys.
func story(ctx context.Context, endpoint string) error {
	dir, err := workDir("story")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	terraform := terraformIn(ctx, dir, endpoint)
	if _, err := terraform("apply", "-auto-approve", "-input=false", "-no-color"); err != nil {
		return fmt.Errorf("terraform apply: %w", err)
	}
	if _, err := terraform("output", "-no-color"); err != nil {
		return fmt.Errorf("terraform output: %w", err)
	}
	raw, err := terraform("output", "-json", "jane")
	if err != nil {
		return fmt.Errorf("terraform output: %w", err)
	}
	var jane struct {
		ConnectWebviewID string `json:"connect_webview_id"`
	}
	if err := json.Unmarshal(raw, &jane); err != nil {
		return err
	}
	fmt.Printf("==> The end user logs in through Connect Webview %s (the fake's /_fake/complete_connect_webview)\n", jane.ConnectWebviewID)
	if err := fakeseam.Call(ctx, http.MethodPost, endpoint+"/_fake/complete_connect_webview", "",
		map[string]any{"connect_webview_id": jane.ConnectWebviewID}, nil); err != nil {
		return err
	}
	if _, err := terraform("plan", "-detailed-exitcode", "-input=false", "-no-color"); err != nil {
		return fmt.Errorf("terraform plan after the login was not empty (-detailed-exitcode): %w", err)
	}
	if _, err := terraform("destroy", "-auto-approve", "-input=false", "-no-color"); err != nil {
		return fmt.Errorf("terraform destroy: %w", err)
	}
	fmt.Println("==> The four objects were applied together; after the login the plan was empty; destroy removed all four.")
	return nil
}

// access applies examples/access against the stand-in for next week, moves its end in place,
// and destroys it.
func access(ctx context.Context, endpoint string) error {
	dir, err := workDir("access")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	terraform := terraformIn(ctx, dir, endpoint)
	week := time.Now().UTC().Add(7 * 24 * time.Hour).Truncate(time.Hour)
	vars := func(ends time.Time) []string {
		return []string{"-var=starts_at=" + week.Format(time.RFC3339), "-var=ends_at=" + ends.Format(time.RFC3339)}
	}
	steps := [][]string{
		append([]string{"apply", "-auto-approve", "-input=false", "-no-color"}, vars(week.Add(7*24*time.Hour))...),
		{"output", "-no-color"},
		append([]string{"apply", "-auto-approve", "-input=false", "-no-color"}, vars(week.Add(10*24*time.Hour))...),
		append([]string{"destroy", "-auto-approve", "-input=false", "-no-color"}, vars(week.Add(10*24*time.Hour))...),
	}
	for _, args := range steps {
		if _, err := terraform(args...); err != nil {
			return fmt.Errorf("terraform %s: %w", args[0], err)
		}
	}
	fmt.Println("==> Access, declared: a person, a lobby holding the two locks data.seam_devices found, a week's grant by PIN " +
		"code and mobile key (shown as <sensitive>); its end moved in place; destroy removed all three.")
	return nil
}

// fleet applies examples/fleet against the stand-in, with three more noise sensors and two
// more thermostats than the fake's one of each: quiet hours on every sensor, Eco and Comfort
// presets on every thermostat, Eco the fallback; then an empty plan, the quiet level changed
// in place on every sensor, and destroy.
func fleet(ctx context.Context, endpoint string, srv *standin.Server) error {
	for deviceType, n := range map[string]int{"minut_sensor": 3, "ecobee_thermostat": 2} {
		if _, err := srv.SeedDevices(ctx, fakeseam.SeedWorkspace, deviceType, n); err != nil {
			return err
		}
	}
	dir, err := workDir("fleet")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	terraform := terraformIn(ctx, dir, endpoint)
	steps := [][]string{
		{"apply", "-auto-approve", "-input=false", "-no-color"},
		{"plan", "-detailed-exitcode", "-input=false", "-no-color"},
		{"apply", "-auto-approve", "-input=false", "-no-color", "-var=quiet_decibels=65"},
		{"output", "-no-color"},
		{"destroy", "-auto-approve", "-input=false", "-no-color", "-var=quiet_decibels=65"},
	}
	for _, args := range steps {
		if _, err := terraform(args...); err != nil {
			return fmt.Errorf("terraform %s: %w", args[0], err)
		}
	}
	fmt.Println("==> Fleet settings, declared: quiet hours at 70 dB on the four noise sensors data.seam_devices found, each " +
		"write waiting for its sensor; Eco and Comfort presets on the three thermostats, Eco the fallback; an empty plan; " +
		"the quiet level moved to 65 dB in place on every sensor; destroy removed them all.")
	return nil
}

// apply copies examples/<name> to a fresh directory and runs the Terraform commands there.
func apply(ctx context.Context, name, endpoint string, steps [][]string) error {
	dir, err := workDir(name)
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	for _, args := range steps {
		fmt.Printf("==> terraform %s\n", args[0])
		cmd := exec.CommandContext(ctx, "terraform", append([]string{"-chdir=" + dir}, args...)...)
		cmd.Env, cmd.Stdout, cmd.Stderr = demoEnv(endpoint), os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("terraform %s: %w", args[0], err)
		}
	}
	return nil
}

// workDir is a fresh directory holding examples/<name>/main.tf.
func workDir(name string) (string, error) {
	config, err := os.ReadFile(filepath.Join("examples", name, "main.tf"))
	if err != nil {
		return "", fmt.Errorf("run from the repository's root: %w", err)
	}
	dir, err := os.MkdirTemp("", "seam-"+name+"-")
	if err != nil {
		return "", err
	}
	return dir, os.WriteFile(filepath.Join(dir, "main.tf"), config, 0o600)
}

func demoEnv(endpoint string) []string {
	return append(os.Environ(),
		"SEAM_ENDPOINT="+endpoint,
		"SEAM_API_KEY="+fakeseam.SeedAPIKey,
		"CHECKPOINT_DISABLE=1",
		"TF_IN_AUTOMATION=1",
	)
}
