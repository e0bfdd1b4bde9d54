package seam

import (
	"context"
	"errors"
	"testing"
)

// An API key's workspace is asked of Seam once per client; a personal access token names its own.
func TestWorkspace_isAskedOfSeamOncePerClientAndNeverForAPersonalAccessToken(t *testing.T) {
	srv := newRecordingServer(t, respond(200, string(readTestdata(t, "workspace.json"))))
	c := newTestClient(t, srv.URL, nil)
	for range 3 {
		ws, err := c.Workspace(context.Background())
		if err != nil || ws != "9c1a2b3d-5e6f-4a1b-8c2d-0123456789ab" {
			t.Fatalf("Workspace() = %q, %v", ws, err)
		}
	}
	if srv.count() != 1 || srv.requests[0].URL.Path != "/workspaces/get" {
		t.Errorf("server saw %d requests, want one to /workspaces/get", srv.count())
	}
	pat := newTestClient(t, srv.URL, func(c *Config) { c.Credential = mustCredential(t, PersonalAccessToken, "seam_at1_longtoken", "ws_pat") })
	if ws, err := pat.Workspace(context.Background()); err != nil || ws != "ws_pat" {
		t.Errorf("a personal access token's Workspace() = %q, %v", ws, err)
	}
	if srv.count() != 1 {
		t.Errorf("a personal access token's workspace was asked of Seam")
	}
}

// A 2xx answer that cannot be used still names the object it holds, when it holds its ID: a
// create that answered so made that object.
func TestResponseError_namesTheObjectABadAnswerHolds(t *testing.T) {
	cases := map[string]struct{ body, wantID string }{
		"a required field missing":  {`{"webhook":{"webhook_id":"wh_1","event_types":[]}}`, "wh_1"},
		"a field of the wrong type": {`{"webhook":{"webhook_id":"wh_2","url":7}}`, "wh_2"},
		"no ID at all":              {`{"webhook":{"url":"https://x.example.com"}}`, ""},
		"not JSON":                  {`<html>`, ""},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			srv := newRecordingServer(t, respond(200, tc.body))
			_, err := newTestClient(t, srv.URL, nil).CreateWebhook(context.Background(), "https://x.example.com", nil)
			var respErr *ResponseError
			if !errors.As(err, &respErr) {
				t.Fatalf("want a ResponseError, got %#v", err)
			}
			if respErr.ObjectID != tc.wantID {
				t.Errorf("ObjectID = %q, want %q", respErr.ObjectID, tc.wantID)
			}
		})
	}
}
