package shared

import (
	"context"
	"slices"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// Without a key, only an object that was not there before the create and matches it is the
// create's: an old one is someone else's, and two new ones cannot be told apart.
func TestFindNew_adoptsTheOneNewMatchingObjectOnly(t *testing.T) {
	d := Descriptor{Noun: "webhook", TypeName: "seam_webhook", IDAttr: "webhook_id"}
	before := map[string]bool{"old": true}
	matches := func(x *thing) bool { return x.id != "other" }
	cases := []struct {
		name     string
		after    []string
		made     string
		suspects []string
	}{
		{"one new", []string{"old", "new"}, "new", nil},
		{"only the old one matches", []string{"old"}, "", nil},
		{"a new one that does not match", []string{"old", "other"}, "", nil},
		{"two new ones", []string{"old", "new1", "new2"}, "", []string{"new1", "new2"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			list := func(context.Context, *seam.Client) ([]thing, error) {
				out := make([]thing, len(tc.after))
				for i, id := range tc.after {
					out[i] = thing{id}
				}
				return out, nil
			}
			f, err := FindNew(d, "for the url", before, list, func(x *thing) string { return x.id }, matches)(context.Background(), nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := ""; f.Made != nil {
				got = f.Made.id
				if got != tc.made {
					t.Errorf("made %q, want %q", got, tc.made)
				}
			} else if tc.made != "" {
				t.Errorf("made nothing, want %q", tc.made)
			}
			if !slices.Equal(f.Suspects, tc.suspects) {
				t.Errorf("suspects %v, want %v", f.Suspects, tc.suspects)
			}
		})
	}
}

// With a key, the object under it is the create's only if it holds what the create asked for.
func TestFindByKey_adoptsTheObjectUnderTheKeyOnlyIfItHoldsTheRequest(t *testing.T) {
	d := Descriptor{Noun: "user identity", TypeName: "seam_user_identity", IDAttr: "user_identity_id"}
	for _, tc := range []struct {
		name  string
		under *thing
		holds bool
		made  bool
		susp  bool
	}{
		{"nothing under the key", nil, false, false, false},
		{"ours", &thing{"ui_1"}, true, true, false},
		{"someone else's", &thing{"ui_2"}, false, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lookup := func(context.Context, *seam.Client, string) (*thing, error) { return tc.under, nil }
			f, err := FindByKey(d, "user_identity_key", "k", lookup, func(*thing) bool { return tc.holds },
				func(x *thing) string { return x.id })(context.Background(), nil)
			if err != nil || (f.Made != nil) != tc.made || (len(f.Suspects) > 0) != tc.susp {
				t.Errorf("finding %+v, %v", f, err)
			}
		})
	}
}
