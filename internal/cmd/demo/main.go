// Command demo runs the provider's main job end to end on this machine: it starts Seam's
// fake API with its seed data, applies examples/demo with the locally built provider
// (through the dev_overrides CLI configuration that TF_CLI_CONFIG_FILE names), prints
// the looked-up session, and stops the fake. `make demo` builds the provider and runs it.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/seamapi/terraform-provider-seam/internal/fakeseam"
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
	workDir, err := os.MkdirTemp("", "seam-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(workDir)
	config, err := os.ReadFile(filepath.Join("examples", "demo", "main.tf"))
	if err != nil {
		return fmt.Errorf("run from the repository's root: %w", err)
	}
	if err := os.WriteFile(filepath.Join(workDir, "main.tf"), config, 0o600); err != nil {
		return err
	}

	fmt.Println("==> Starting Seam's fake API (@seamapi/fake-seam-connect) with its seed data")
	fake, err := fakeseam.Start(ctx)
	if err != nil {
		return err
	}
	defer fake.Stop()
	fmt.Printf("    listening on %s\n", fake.URL)

	env := append(os.Environ(),
		"SEAM_ENDPOINT="+fake.URL,
		"SEAM_API_KEY="+fakeseam.SeedAPIKey,
		"CHECKPOINT_DISABLE=1",
		"TF_IN_AUTOMATION=1",
	)
	// `terraform output` without a name keeps sensitive values hidden; naming one would print it.
	steps := [][]string{
		{"apply", "-auto-approve", "-input=false", "-no-color"},
		{"output", "-no-color"},
	}
	for _, args := range steps {
		fmt.Printf("==> terraform %s\n", args[0])
		cmd := exec.CommandContext(ctx, "terraform", append([]string{"-chdir=" + workDir}, args...)...)
		cmd.Env, cmd.Stdout, cmd.Stderr = env, os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("terraform %s: %w", args[0], err)
		}
	}
	fmt.Println("==> Done: the seeded session was read by user identifier key and by ID, and a kiosk session was created and read back; tokens are shown as <sensitive>.")
	return nil
}
