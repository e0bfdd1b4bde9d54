package seam

import (
	"context"
	"encoding/json"
	"fmt"
)

// maxPages bounds a paged list, so that a server that always answers with a next page cannot
// keep the provider listing for ever.
const maxPages = 1000

// pagination is Seam's page information on a paged list.
type pagination struct {
	HasNextPage    bool    `json:"has_next_page"`
	NextPageCursor *string `json:"next_page_cursor"`
}

// listAll calls a list route page by page, with body's fields and page_cursor, and returns
// every object under key, each checked. A route that does not page answers with no pagination,
// and so in one call.
func listAll[T any, P interface {
	*T
	checked
}](ctx context.Context, c *Client, r route, body any, key string) ([]T, error) {
	var all []T
	for page := 0; ; page++ {
		if page == maxPages {
			return nil, fmt.Errorf("seam: %s answered more than %d pages", r.path, maxPages)
		}
		var items []T
		var next pagination
		err := c.call(ctx, r, body, func(b []byte) error {
			var out map[string]json.RawMessage
			if err := json.Unmarshal(b, &out); err != nil {
				return describeJSONError(err)
			}
			raw, ok := out[key]
			if !ok || string(raw) == "null" {
				return fmt.Errorf("it has no %s list", key)
			}
			if err := json.Unmarshal(raw, &items); err != nil {
				return describeJSONError(inField(err, key))
			}
			for i := range items {
				if field := P(&items[i]).missingField(); field != "" {
					return fmt.Errorf("%s[%d] has no %s", key, i, field)
				}
			}
			if p, ok := out["pagination"]; ok {
				if err := json.Unmarshal(p, &next); err != nil {
					return describeJSONError(err)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		all = append(all, items...)
		if !next.HasNextPage || next.NextPageCursor == nil {
			return all, nil
		}
		if body, err = withCursor(body, *next.NextPageCursor); err != nil {
			return nil, err
		}
	}
}

// withCursor is body, a struct or a map, with page_cursor set.
func withCursor(body any, cursor string) (map[string]any, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return nil, fmt.Errorf("seam: encoding request: %w", err)
	}
	out := map[string]any{}
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("seam: encoding request: %w", err)
	}
	out["page_cursor"] = cursor
	return out, nil
}
