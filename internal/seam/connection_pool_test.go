package seam

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// One call that runs out of retries must not close the connections other calls keep:
// go-retryablehttp closes the idle connections of its http.Client when it gives up.
func TestClient_aCallOutOfRetriesKeepsThePool(t *testing.T) {
	var opened atomic.Int32
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if strings.Contains(string(body), "out_of_retries") {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte(minimalSession))
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			opened.Add(1)
		}
	}
	srv.Start()
	t.Cleanup(srv.Close)
	c := newTestClient(t, srv.URL, func(c *Config) { c.MaxRetries = 1; c.OutageWindow = 200 })
	parallelGets := func() {
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				if _, err := c.GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "cst1"}); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
	}
	parallelGets()
	warm := opened.Load()
	if _, err := c.GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "out_of_retries"}); err == nil {
		t.Fatal("want the failing call to fail")
	}
	// One at a time, so each call can reuse an idle connection: a new one means the pool was emptied.
	before := opened.Load()
	for range 4 {
		if _, err := c.GetClientSession(context.Background(), ClientSessionLookup{ClientSessionID: "cst1"}); err != nil {
			t.Fatal(err)
		}
	}
	if extra := opened.Load() - before; extra > 0 {
		t.Errorf("after one call ran out of retries, %d of the pool's %d connections were opened anew", extra, warm)
	}
}
