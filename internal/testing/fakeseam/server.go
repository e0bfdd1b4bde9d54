// Package fakeseam starts and drives Seam's own fake API server, @seamapi/fake-seam-connect,
// for the acceptance tests, `make demo` and the benchmarks.
package fakeseam

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Server is a running @seamapi/fake-seam-connect, seeded with Seam's test data.
type Server struct {
	URL  string
	cmd  *exec.Cmd
	log  *lockedBuffer
	done chan struct{}
}

// Seeded credentials and records of the fake's --seed data.
const (
	SeedAPIKey            = "seam_apikey1_token"
	SeedAPIKey2           = "seam_apikey2_token"
	SeedPAT               = "seam_at1_longtoken"
	SeedWorkspace         = "seed_workspace_1"
	SeedCST               = "seam_cst1_token"
	SeedClientSessionID   = "cst1"
	SeedUserIdentifierKey = "john_user_identifier_key"
)

// Bin finds the fake's executable: FAKE_SEAM_CONNECT_BIN, or the copy `make deps`
// installs from internal/testing/fakeseam/package-lock.json.
func Bin() (string, error) {
	if bin := os.Getenv("FAKE_SEAM_CONNECT_BIN"); bin != "" {
		return bin, nil
	}
	root, err := ModuleRoot()
	if err != nil {
		return "", err
	}
	bin := filepath.Join(root, "internal", "testing", "fakeseam", "node_modules", ".bin", "fake-seam-connect")
	if _, err := os.Stat(bin); err != nil {
		return "", fmt.Errorf("the fake Seam server is not installed at %s: run `make deps` (npm ci in internal/testing/fakeseam)", bin)
	}
	return bin, nil
}

// Start starts the fake on a free loopback port and waits until /health answers.
func Start(ctx context.Context) (*Server, error) {
	bin, err := Bin()
	if err != nil {
		return nil, err
	}
	if _, err := exec.LookPath("node"); err != nil {
		return nil, errors.New("node is not on PATH; Seam's fake server needs Node.js 18 or later")
	}
	// A port picked free can be taken before the fake binds it; try again then.
	for try := 1; ; try++ {
		f, err := startOnce(ctx, bin)
		if err == nil || try == 3 || !strings.Contains(err.Error(), "EADDRINUSE") {
			return f, err
		}
	}
}

func startOnce(ctx context.Context, bin string) (*Server, error) {
	port, err := freePort(ctx)
	if err != nil {
		return nil, err
	}
	f := &Server{URL: "http://127.0.0.1:" + port, log: &lockedBuffer{}, done: make(chan struct{})}
	f.cmd = exec.CommandContext(ctx, bin, "--seed")
	// When ctx ends, let the fake shut down as it would on Ctrl-C.
	f.cmd.Cancel = func() error { return f.cmd.Process.Signal(syscall.SIGTERM) }
	f.cmd.Env = append(os.Environ(), "PORT="+port)
	f.cmd.Stdout, f.cmd.Stderr = f.log, f.log
	stopWithParent(f.cmd)
	if err := f.cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting the fake Seam server: %w", err)
	}
	go func() { _ = f.cmd.Wait(); close(f.done) }()

	deadline := time.Now().Add(60 * time.Second)
	for {
		if err := f.get(ctx, "/health", nil); err == nil {
			break
		}
		select {
		case <-f.done:
			return nil, fmt.Errorf("the fake Seam server exited before it was ready; its log:\n%s", f.Log())
		case <-ctx.Done():
			f.Stop()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			f.Stop()
			return nil, fmt.Errorf("the fake Seam server did not answer /health within 60s; its log:\n%s", f.Log())
		}
	}
	return f, nil
}

// Stop ends the fake with SIGTERM, then SIGKILL if it lingers.
func (f *Server) Stop() {
	if f == nil || f.cmd.Process == nil {
		return
	}
	_ = f.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-f.done:
	case <-time.After(5 * time.Second):
		_ = f.cmd.Process.Kill()
		<-f.done
	}
}

// Log is what the fake has printed so far.
func (f *Server) Log() string { return f.log.String() }

// SimulateOutage makes routes answer 503 for workspaceID, as during a Seam outage.
func (f *Server) SimulateOutage(ctx context.Context, workspaceID string, routes ...string) error {
	return f.post(ctx, "/_fake/simulate_workspace_outage", SeedAPIKey,
		map[string]any{"workspace_id": workspaceID, "routes": routes}, nil)
}

func (f *Server) get(ctx context.Context, path string, out any) error {
	return Call(ctx, http.MethodGet, f.URL+path, "", nil, out)
}

func (f *Server) post(ctx context.Context, path, apiKey string, body, out any) error {
	return Call(ctx, http.MethodPost, f.URL+path, apiKey, body, out)
}

// Call is a small HTTP helper for set-up calls (create a session, simulate an outage); the
// provider's own client is what tests test, so it is not used for these.
func Call(ctx context.Context, method, url, apiKey string, body, out any) error {
	var reader io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		reader = bytes.NewReader(b)
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, url, reader)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if apiKey != "" {
		req.Header.Set("Authorization", "Bearer "+apiKey)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("%s %s: HTTP %d: %.300s", method, req.URL.Path, resp.StatusCode, b)
	}
	if out != nil {
		return json.Unmarshal(b, out)
	}
	return nil
}

func freePort(ctx context.Context) (string, error) {
	l, err := (&net.ListenConfig{}).Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	_, port, err := net.SplitHostPort(l.Addr().String())
	return port, err
}

// ModuleRoot is the provider repository's root, found from the working directory up.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil &&
			bytes.Contains(b, []byte("module github.com/seamapi/terraform-provider-seam\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("cannot find the provider's go.mod above the working directory")
		}
		dir = parent
	}
}

type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
