package seam

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// A paged list follows Seam's next_page_cursor until has_next_page is false, sending the
// caller's filter with every page, and returns every item in order.
func TestListAll_followsPagesAndKeepsTheFilter(t *testing.T) {
	var cursors []any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body map[string]any
		b, _ := io.ReadAll(r.Body)
		_ = json.Unmarshal(b, &body)
		if body["search"] != "jane" {
			t.Errorf("page %d lost the filter: %v", len(cursors), body)
		}
		cursors = append(cursors, body["page_cursor"])
		page := len(cursors)
		next := fmt.Sprintf(`{"has_next_page":true,"next_page_cursor":"c%d","next_page_url":null}`, page)
		if page == 3 {
			next = `{"has_next_page":false,"next_page_cursor":null,"next_page_url":null}`
		}
		fmt.Fprintf(w, `{"user_identities":[{"user_identity_id":"ui_%d","workspace_id":"ws","created_at":"2025-01-01T00:00:00Z"}],"pagination":%s,"ok":true}`, page, next)
	}))
	t.Cleanup(srv.Close)
	c := newTestClient(t, srv.URL, nil)
	got, err := c.ListUserIdentities(t.Context(), UserIdentityFilter{Search: "jane"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].UserIdentityID != "ui_1" || got[2].UserIdentityID != "ui_3" {
		t.Errorf("got %+v", got)
	}
	if fmt.Sprint(cursors) != "[<nil> c1 c2]" {
		t.Errorf("page cursors sent: %v", cursors)
	}
}
