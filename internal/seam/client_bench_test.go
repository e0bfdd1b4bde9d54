package seam

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// The floor is what any client must do: POST the same JSON to the same server, read the
// body, decode the session. The client adds retries, the size cap, logging hooks and checks.
func benchServer(b *testing.B) *httptest.Server {
	body := readTestdata(b, "client_session_full.json")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set(headerRequestID, "req_bench")
		_, _ = w.Write(body)
	}))
	b.Cleanup(srv.Close)
	return srv
}

var benchLookup = ClientSessionLookup{UserIdentifierKey: "user_id_1"}

func benchClient(b *testing.B, url string) *Client {
	return newTestClient(b, url, nil)
}

// bareLookup is the floor: net/http with a pool as large as the client's.
func bareLookup(ctx context.Context, hc *http.Client, url string) error {
	payload, err := json.Marshal(benchLookup)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url+"/client_sessions/get", bytes.NewReader(payload))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+testAPIKey)
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var out struct {
		ClientSession *ClientSession `json:"client_session"`
	}
	return json.Unmarshal(body, &out)
}

func bareClient() *http.Client {
	return &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: maxIdleConnsPerHost}}
}

func BenchmarkLookup_client(b *testing.B) {
	srv := benchServer(b)
	c := benchClient(b, srv.URL)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.GetClientSession(b.Context(), benchLookup); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup_bareNetHTTP(b *testing.B) {
	srv := benchServer(b)
	hc := bareClient()
	b.ReportAllocs()
	for b.Loop() {
		if err := bareLookup(b.Context(), hc, srv.URL); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookupParallel_client(b *testing.B) {
	srv := benchServer(b)
	c := benchClient(b, srv.URL)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := c.GetClientSession(context.Background(), benchLookup); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

func BenchmarkLookupParallel_bareNetHTTP(b *testing.B) {
	srv := benchServer(b)
	hc := bareClient()
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := bareLookup(context.Background(), hc, srv.URL); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
