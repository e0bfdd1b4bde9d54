package shared_test

import (
	"strconv"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/list"

	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// A list stops at Terraform's limit, and when Terraform stops reading.
func TestListResults_stopsAtTheLimitAndWhenTerraformStops(t *testing.T) {
	items := []int{1, 2, 3, 4, 5}
	result := func(i *int) list.ListResult { return list.ListResult{DisplayName: strconv.Itoa(*i)} }
	names := func(limit int64, stopAfter int) []string {
		var got []string
		for r := range shared.ListResults(list.ListRequest{Limit: limit}, items, result) {
			got = append(got, r.DisplayName)
			if len(got) == stopAfter {
				break
			}
		}
		return got
	}
	cases := []struct {
		name      string
		limit     int64
		stopAfter int
		want      string
	}{
		{"no limit", 0, 0, "[1 2 3 4 5]"},
		{"a limit of 2", 2, 0, "[1 2]"},
		{"Terraform stops after 3", 0, 3, "[1 2 3]"},
	}
	for _, tc := range cases {
		if got := names(tc.limit, tc.stopAfter); fmtList(got) != tc.want {
			t.Errorf("%s: got %v, want %s", tc.name, got, tc.want)
		}
	}
}

func fmtList(s []string) string {
	out := "["
	for i, v := range s {
		if i > 0 {
			out += " "
		}
		out += v
	}
	return out + "]"
}
