package acctest

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3filter"

	"github.com/seamapi/terraform-provider-seam/internal/seamspec"
)

// contractProxy stands in front of Seam (its fake, or a real workspace) for one test: it
// checks every request and response against Seam's OpenAPI, failing the test on a
// violation, and counts the requests by path.
type contractProxy struct {
	url string
	mu  sync.Mutex
	// counts is requests by path.
	counts map[string]int
}

type validatedRequestKey struct{}

func startContractProxy(t *testing.T, upstream string) *contractProxy {
	t.Helper()
	target, err := url.Parse(upstream)
	if err != nil {
		t.Fatal(err)
	}
	spec, err := seamspec.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	p := &contractProxy{counts: map[string]int{}}
	proxy := &httputil.ReverseProxy{
		Rewrite: func(r *httputil.ProxyRequest) {
			r.SetURL(target)
			r.Out.Host = target.Host
		},
		ModifyResponse: func(resp *http.Response) error {
			input, _ := resp.Request.Context().Value(validatedRequestKey{}).(*openapi3filter.RequestValidationInput)
			if input == nil {
				return nil
			}
			body, err := io.ReadAll(resp.Body)
			if err != nil {
				return err
			}
			_ = resp.Body.Close()
			resp.Body = io.NopCloser(bytes.NewReader(body))
			if err := spec.Response(resp.Request.Context(), input, resp.StatusCode, resp.Header, body); err != nil {
				t.Errorf("contract proxy: %v", err)
			}
			return nil
		},
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		p.mu.Lock()
		p.counts[r.URL.Path]++
		p.mu.Unlock()
		input, err := spec.Request(r.Context(), r, body)
		if err != nil {
			t.Errorf("contract proxy: %v", err)
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r = r.WithContext(context.WithValue(r.Context(), validatedRequestKey{}, input))
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	p.url = srv.URL
	return p
}

func (p *contractProxy) requests(path string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.counts[path]
}
