package shared

import (
	"context"
	"errors"
	"slices"
	"strings"
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

// A create without a key lists the objects first: a failed listing stops it, in words that
// name the objects in the plural; a listing that works leaves the search for the one new
// object, described in the plural too.
func TestSettleByNewOne_listsFirstAndNamesTheObjectsInThePlural(t *testing.T) {
	d := Descriptor{Noun: "user identity", TypeName: "seam_user_identity", IDAttr: "user_identity_id"}
	id := func(x *thing) string { return x.id }
	refused := func(context.Context, *seam.Client) ([]thing, error) { return nil, errors.New("list refused") }
	lc := LostCreate[thing]{Object: d, Action: "Creating the user identity"}
	failed := lc.SettleByNewOne(context.Background(), nil, "with the fields asked for", refused, id, func(*thing) bool { return true })
	if failed == nil || !strings.Contains(failed.Detail(), "Creating the user identity: listing the user identities it has before") ||
		!strings.Contains(failed.Detail(), "list refused") || lc.Find != nil {
		t.Fatalf("a failed listing: %v, Find set %t", failed, lc.Find != nil)
	}
	listed := func(context.Context, *seam.Client) ([]thing, error) { return []thing{{"ui_old"}}, nil }
	if d := lc.SettleByNewOne(context.Background(), nil, "with the fields asked for", listed, id, func(*thing) bool { return true }); d != nil {
		t.Fatal(d)
	}
	f, err := lc.Find(context.Background(), nil)
	if err != nil || f.Made != nil || f.Searched != "new user identities with the fields asked for, listed before and after the create" {
		t.Errorf("the object listed before the create: %+v, %v", f, err)
	}
}

// The plural of each object's noun, as messages write it.
func TestDescriptor_pluralOfEveryNoun(t *testing.T) {
	for noun, want := range map[string]string{"client session": "client sessions", "user identity": "user identities",
		"Connect Webview": "Connect Webviews", "access grant": "access grants", "space": "spaces"} {
		if got := (Descriptor{Noun: noun}).Plural(); got != want {
			t.Errorf("Plural of %q = %q, want %q", noun, got, want)
		}
	}
}
