package seam_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// Every create the client can send is sent once when its answer may have followed Seam's
// work: a 502 from a proxy, a 503, a timeout. Seam may have made the object; a second create
// would make another. The rows come from clientCalls, so a new object's create is in them.
func TestConformance_everyCreateIsSentOnceWhenItsAnswerMayBeLost(t *testing.T) {
	answers := map[string]http.HandlerFunc{
		"502 from a proxy": func(w http.ResponseWriter, _ *http.Request) {
			w.WriteHeader(http.StatusBadGateway)
			_, _ = w.Write([]byte("<html>502 Bad Gateway</html>"))
		},
		"503":       func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusServiceUnavailable) },
		"a timeout": func(_ http.ResponseWriter, r *http.Request) { <-r.Context().Done() },
	}
	creates := 0
	for _, cc := range clientCalls {
		if !strings.HasSuffix(cc.path, "/create") {
			continue
		}
		creates++
		for name, answer := range answers {
			t.Run(cc.path+" "+name, func(t *testing.T) {
				var sent atomic.Int32
				srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					sent.Add(1)
					// Read the whole request, as a server does: only then does it notice a client that left.
					_, _ = io.Copy(io.Discard, r.Body)
					answer(w, r)
				}))
				t.Cleanup(srv.Close)
				credential, err := seam.NewCredential(seam.APIKey, "seam_apikey1_token", "")
				if err != nil {
					t.Fatal(err)
				}
				c, err := seam.New(seam.Config{Endpoint: srv.URL, Credential: credential, MaxRetries: 5,
					RequestTimeout: 200 * time.Millisecond, RetryWaitMin: time.Millisecond, RetryWaitMax: time.Millisecond})
				if err != nil {
					t.Fatal(err)
				}
				if err := cc.call(t.Context(), c); err == nil {
					t.Fatal("the create succeeded against a server that never answers with success")
				}
				if n := sent.Load(); n != 1 {
					t.Errorf("the create was sent %d times, want once", n)
				}
			})
		}
	}
	if creates < 4 {
		t.Fatalf("found %d creates among the client's calls; the table lost some", creates)
	}
}
