package acctest

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"regexp"
	"slices"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3filter"

	"github.com/seamapi/terraform-provider-seam/internal/testing/seamspec"
)

// contractProxy stands in front of Seam (its fake, or a real workspace) for one test: it
// checks every request and response against Seam's OpenAPI, failing the test on a
// violation, and counts the requests by path.
type contractProxy struct {
	url string
	// gaps are the departures from Seam's OpenAPI that the upstream is known for: Seam's
	// fake's, when it is the fake; none for Seam itself.
	gaps []fakeGap
	mu   sync.Mutex
	// counts is requests by path.
	counts map[string]int
}

// fakeGap is a departure of Seam's fake from Seam's OpenAPI, on a route: a required field
// of its answer that it leaves out. The provider copes with each; other departures fail.
type fakeGap struct{ path, missing string }

// fakeGaps are those of @seamapi/fake-seam-connect 1.86.0 that the tests meet: its workspace
// has no organization_id, its webviews no authorized_at or selected_provider, and its connected
// accounts no errors or warnings.
var fakeGaps = func() []fakeGap {
	gaps := []fakeGap{{"/workspaces/get", "organization_id"}}
	for _, route := range []string{"/connected_accounts/get", "/connected_accounts/list"} {
		gaps = append(gaps, fakeGap{route, "errors"}, fakeGap{route, "warnings"})
	}
	for _, route := range []string{"/connect_webviews/create", "/connect_webviews/get", "/connect_webviews/list"} {
		gaps = append(gaps, fakeGap{route, "authorized_at"}, fakeGap{route, "selected_provider"})
	}
	return gaps
}()

// knownGap reports whether err, for path, is only known gaps of the upstream: every field
// it says is missing is one.
func (p *contractProxy) knownGap(path string, err error) bool {
	missing := missingProperty.FindAllStringSubmatch(err.Error(), -1)
	if len(missing) == 0 {
		return false
	}
	for _, m := range missing {
		if !slices.Contains(p.gaps, fakeGap{path, m[1]}) {
			return false
		}
	}
	return true
}

// missingProperty is how the validator says a required field is missing.
var missingProperty = regexp.MustCompile(`property "([a-z_]+)" is missing`)

type validatedRequestKey struct{}

func startContractProxy(t *testing.T, upstream string, gaps []fakeGap) *contractProxy {
	t.Helper()
	target, err := url.Parse(upstream)
	if err != nil {
		t.Fatal(err)
	}
	spec, err := seamspec.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	p := &contractProxy{counts: map[string]int{}, gaps: gaps}
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
			if err := spec.Response(resp.Request.Context(), input, resp.StatusCode, resp.Header, body); err != nil && !p.knownGap(resp.Request.URL.Path, err) {
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
