package standin

import (
	"net/http"
	"strconv"
)

// pageOf answers one page of a list route that pages (rule pagesOfLimit): limit items (its
// default, Seam's, when the request names none) from the cursor the previous page gave, and
// Seam's pagination saying whether another page follows.
func pageOf(key string, items []map[string]any, p params, defaultLimit int) answer {
	limit := defaultLimit
	if raw, ok := p["limit"].(float64); ok && raw >= 1 {
		limit = int(raw)
	}
	start := 0
	if cursor, ok := p.str("page_cursor"); ok {
		n, err := strconv.Atoi(cursor)
		if err != nil || n < 0 || n > len(items) {
			return fail(http.StatusBadRequest, "invalid_input", "page_cursor is not a cursor this list gave")
		}
		start = n
	}
	end := min(start+limit, len(items))
	pagination := map[string]any{"has_next_page": end < len(items), "next_page_cursor": nil, "next_page_url": nil}
	if end < len(items) {
		pagination["next_page_cursor"] = strconv.Itoa(end)
	}
	if items == nil {
		items = []map[string]any{}
	}
	return ok(map[string]any{key: items[start:end], "pagination": pagination})
}
