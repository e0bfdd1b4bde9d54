package acctest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// LossyProxy stands between the provider and Seam, as a flaky load balancer would: of the
// writes it passes (creates, updates, grants, deletes), it loses the answer to one in LoseOneIn
// after Seam did the work (a 502 in its place), and refuses one in RefuseOneIn with a 503
// before Seam sees it. Reads pass untouched. Which writes fail is decided by the seed and the
// request itself (its route and body, IDs aside, and how often it was sent), not by the order
// in which Terraform's parallel calls arrive.
type LossyProxy struct {
	URL string

	seed                   uint64
	loseOneIn, refuseOneIn uint64

	mu     sync.Mutex
	seen   map[string]int
	counts LossyCounts
}

// LossyCounts is what a lossy proxy did: writes seen, answers lost, writes refused.
type LossyCounts struct{ Writes, Lost, Refused int }

// Counts is what the proxy did so far.
func (p *LossyProxy) Counts() LossyCounts {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.counts
}

// seamID matches the UUIDs Seam gives its objects, which differ from run to run.
var seamID = regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`)

// StartLossyProxy serves a lossy proxy to upstream until t ends.
func StartLossyProxy(t *testing.T, upstream string, seed, loseOneIn, refuseOneIn uint64) *LossyProxy {
	t.Helper()
	target, err := url.Parse(upstream)
	if err != nil {
		t.Fatal(err)
	}
	p := &LossyProxy{seed: seed, loseOneIn: loseOneIn, refuseOneIn: refuseOneIn, seen: map[string]int{}}
	proxy := &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		r.SetURL(target)
		r.Out.Host = target.Host
	}}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		switch p.fate(r.URL.Path, body) {
		case refused:
			w.WriteHeader(http.StatusServiceUnavailable)
		case lost:
			// Seam does the work; its answer goes nowhere.
			proxy.ServeHTTP(httptest.NewRecorder(), r)
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusBadGateway)
			_, _ = w.Write([]byte("<html><body>502 Bad Gateway</body></html>"))
		default:
			proxy.ServeHTTP(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	p.URL = srv.URL
	return p
}

type fate int

const (
	passed fate = iota
	lost
	refused
)

// isWrite: the routes that change what Seam holds.
func isWrite(path string) bool {
	for _, suffix := range []string{"/create", "/update", "/delete", "/grant_access"} {
		if strings.HasSuffix(path, suffix) {
			return true
		}
	}
	return false
}

func (p *LossyProxy) fate(path string, body []byte) fate {
	if !isWrite(path) {
		return passed
	}
	key := path + " " + canonical(body)
	p.mu.Lock()
	defer p.mu.Unlock()
	p.seen[key]++
	h := fnv.New64a()
	fmt.Fprintf(h, "%d %s %d", p.seed, key, p.seen[key])
	// A draw in [0, 1): the first 1/loseOneIn of it loses, the next 1/refuseOneIn refuses.
	draw := float64(h.Sum64()%1_000_000) / 1_000_000
	p.counts.Writes++
	switch {
	case draw < 1/float64(p.loseOneIn):
		p.counts.Lost++
		return lost
	case draw < 1/float64(p.loseOneIn)+1/float64(p.refuseOneIn):
		p.counts.Refused++
		return refused
	}
	return passed
}

// canonical is the body with its keys sorted and Seam's IDs blanked out.
func canonical(body []byte) string {
	var v any
	if json.Unmarshal(body, &v) != nil {
		return seamID.ReplaceAllString(string(body), "<id>")
	}
	b, _ := json.Marshal(v)
	return seamID.ReplaceAllString(string(b), "<id>")
}
