package shared

import "fmt"

// MetadataStrings is Seam's custom_metadata as Terraform's map of strings: Seam's values are
// strings or booleans; null ones are left out. Never nil: no metadata is an empty map.
func MetadataStrings(m map[string]any) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		if v != nil {
			out[k] = fmt.Sprint(v)
		}
	}
	return out
}
