package shared

import (
	"iter"

	"github.com/hashicorp/terraform-plugin-framework/list"
)

// ListResults streams a list resource's result for each item, up to the limit Terraform
// asked for, and stops when Terraform stops reading.
func ListResults[T any](req list.ListRequest, items []T, result func(*T) list.ListResult) iter.Seq[list.ListResult] {
	return func(push func(list.ListResult) bool) {
		for i := range items {
			if req.Limit > 0 && int64(i) >= req.Limit {
				return
			}
			if !push(result(&items[i])) {
				return
			}
		}
	}
}
