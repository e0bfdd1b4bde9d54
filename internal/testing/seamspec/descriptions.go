package seamspec

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

// rawDocument is the document as plain JSON, for reading its prose.
var rawDocument = sync.OnceValues(func() (map[string]any, error) {
	var doc map[string]any
	if err := json.Unmarshal(documentJSON, &doc); err != nil {
		return nil, fmt.Errorf("seamspec: parsing Seam's OpenAPI document: %w", err)
	}
	return doc, nil
})

// Says reports whether sentence stands, as written, in a description of path's documents:
// its operations, their parameters and bodies, and every schema they reference.
func Says(path, sentence string) (bool, error) {
	doc, err := rawDocument()
	if err != nil {
		return false, err
	}
	paths, _ := doc["paths"].(map[string]any)
	item, ok := paths[path]
	if !ok {
		return false, fmt.Errorf("seamspec: Seam's OpenAPI (as extracted) has no path %s", path)
	}
	schemas := map[string]any{}
	if components, ok := doc["components"].(map[string]any); ok {
		schemas, _ = components["schemas"].(map[string]any)
	}
	found := false
	seen := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				switch s, isString := x.(string); {
				case k == "description" && isString && strings.Contains(s, sentence):
					found = true
				case k == "$ref" && isString:
					name := strings.TrimPrefix(s, "#/components/schemas/")
					if !seen[name] {
						seen[name] = true
						walk(schemas[name])
					}
				default:
					walk(x)
				}
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(item)
	return found, nil
}
