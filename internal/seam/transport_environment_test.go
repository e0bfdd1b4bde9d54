package seam

import (
	"bufio"
	"context"
	"crypto/tls"
	"encoding/pem"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// Go reads HTTPS_PROXY, NO_PROXY and SSL_CERT_FILE once per process, so these tests run the
// lookup in a child process of this test binary (see TestMain), with the environment under test.
const childEnv = "SEAM_TEST_CHILD_ENDPOINT"

func TestMain(m *testing.M) {
	if endpoint := os.Getenv(childEnv); endpoint != "" {
		os.Exit(childLookup(endpoint))
	}
	os.Exit(m.Run())
}

func childLookup(endpoint string) int {
	cred, err := NewCredential(APIKey, testAPIKey, "")
	if err == nil {
		var c *Client
		c, err = New(Config{Endpoint: endpoint, Credential: cred, MaxRetries: 0, RequestTimeout: 5 * time.Second})
		if err == nil {
			_, err = c.GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "cst1"})
		}
	}
	if err != nil {
		fmt.Println("CHILD-ERROR:", err)
		return 1
	}
	fmt.Println("CHILD-OK")
	return 0
}

// runChild runs one lookup against endpoint in a child process with env added.
func runChild(t *testing.T, endpoint string, env ...string) (failed bool, output string) {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), os.Args[0])
	cmd.Env = append(append(os.Environ(), childEnv+"="+endpoint), env...)
	out, _ := cmd.CombinedOutput()
	switch {
	case strings.Contains(string(out), "CHILD-OK"):
		return false, string(out)
	case strings.Contains(string(out), "CHILD-ERROR:"):
		return true, string(out)
	}
	t.Fatalf("the child did not run the lookup:\n%s", out)
	return false, ""
}

// connectRecorder is an HTTPS proxy that notes each CONNECT target and refuses it.
type connectRecorder struct {
	mu      sync.Mutex
	targets []string
}

func (p *connectRecorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	p.targets = append(p.targets, r.Method+" "+r.Host)
	p.mu.Unlock()
	http.Error(w, "no", http.StatusForbidden)
}

func TestTransport_honoursHTTPSProxyAndNoProxy(t *testing.T) {
	rec := &connectRecorder{}
	proxy := httptest.NewServer(rec)
	t.Cleanup(proxy.Close)
	const endpoint = "https://seam-api.invalid"

	failed, out := runChild(t, endpoint, "HTTPS_PROXY="+proxy.URL, "NO_PROXY=")
	stoppedAtProxy := strings.Contains(out, "Proxy") || strings.Contains(out, "Forbidden")
	if !failed || !stoppedAtProxy {
		t.Errorf("want the lookup to fail at the proxy, got:\n%s", out)
	}
	rec.mu.Lock()
	got := strings.Join(rec.targets, ",")
	rec.mu.Unlock()
	if got != "CONNECT seam-api.invalid:443" {
		t.Errorf("the proxy saw %q, want one CONNECT to seam-api.invalid:443", got)
	}

	rec.targets = nil
	failed, _ = runChild(t, endpoint, "HTTPS_PROXY="+proxy.URL, "NO_PROXY=seam-api.invalid")
	if !failed || len(rec.targets) != 0 {
		t.Errorf("with NO_PROXY the proxy must see nothing, saw %v", rec.targets)
	}
}

func TestTransport_trustsSSLCertFileAndNeedsTLS12(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte(minimalSession))
	}))
	t.Cleanup(srv.Close)
	caFile := filepath.Join(t.TempDir(), "ca.pem")
	pemBytes := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw})
	if err := os.WriteFile(caFile, pemBytes, 0o600); err != nil {
		t.Fatal(err)
	}

	if failed, out := runChild(t, srv.URL, "SSL_CERT_FILE="+caFile, "SSL_CERT_DIR="+t.TempDir()); failed {
		t.Errorf("with SSL_CERT_FILE naming the server's CA the lookup must succeed:\n%s", out)
	}
	if failed, out := runChild(t, srv.URL, "SSL_CERT_FILE="+filepath.Join(t.TempDir(), "none.pem"), "SSL_CERT_DIR="+t.TempDir()); !failed ||
		!strings.Contains(out, "certificate") {
		t.Errorf("without the server's CA the lookup must fail on the certificate:\n%s", out)
	}

	old := httptest.NewUnstartedServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	old.TLS = &tls.Config{MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11}
	old.StartTLS()
	t.Cleanup(old.Close)
	if failed, out := runChild(t, old.URL, "SSL_CERT_FILE="+caFile); !failed || !strings.Contains(out, "protocol version") {
		t.Errorf("a TLS 1.1 server must be refused:\n%s", firstLines(out, 20))
	}
}

func firstLines(s string, n int) string {
	var b strings.Builder
	sc := bufio.NewScanner(strings.NewReader(s))
	for i := 0; i < n && sc.Scan(); i++ {
		b.WriteString(sc.Text() + "\n")
	}
	return b.String()
}
