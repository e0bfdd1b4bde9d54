package shared

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
)

// FilterID is a plural data source's ID: the same for the same filters, a digest of them, as
// hcloud's list data sources do.
func FilterID(filters any) string {
	b, _ := json.Marshal(filters)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
}
