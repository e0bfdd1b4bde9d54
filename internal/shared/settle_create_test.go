package shared

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

type thing struct{ id string }

// What a lost create comes to, for every outcome of the search that settles it: the object
// is adopted only with proof, and every error says what was found and what to do.
func TestLostCreate_adoptsOnlyWithProofAndSaysWhatItFound(t *testing.T) {
	d := Descriptor{Noun: "webhook", TypeName: "seam_webhook", IDAttr: "webhook_id"}
	lostAnswer := &seam.APIError{StatusCode: 502, Excerpt: "<html>"}
	cases := []struct {
		name        string
		err         error
		finding     Finding[thing]
		findErr     error
		wantID      string
		wantGot     string // the ID Get was asked for
		wantSummary string
		want        []string
	}{
		{name: "a 2xx that names the object: read back by its ID, not searched for",
			err:    &seam.ResponseError{StatusCode: 200, Problem: "its webhook has no url", ObjectID: "wh_named"},
			wantID: "wh_named", wantGot: "wh_named", wantSummary: "Adopted the webhook this create made", want: []string{"wh_named"}},
		{name: "found with proof", err: lostAnswer, finding: Finding[thing]{Made: &thing{"wh_new"}, Searched: "new webhooks"},
			wantID: "wh_new", wantSummary: "Adopted the webhook this create made", want: []string{"new webhooks"}},
		{name: "suspects, without proof", err: lostAnswer,
			finding:     Finding[thing]{Suspects: []string{"wh_a", "wh_b"}, Why: "2 new ones match it", Searched: "new webhooks"},
			wantSummary: "Webhook may have been created",
			want:        []string{"wh_a, wh_b", "2 new ones match it", "terraform import seam_webhook.<name> wh_a", "terraform import seam_webhook.<name> wh_b"}},
		{name: "nothing found", err: lostAnswer, finding: Finding[thing]{Searched: "new webhooks", Again: "Applying again creates it."},
			wantSummary: "Creating the webhook failed", want: []string{"HTTP 502", "no sign that the create took effect", "Applying again creates it."}},
		{name: "the search failed too", err: lostAnswer, finding: Finding[thing]{Searched: "new webhooks"}, findErr: errors.New("list refused"),
			wantSummary: "Webhook may have been created", want: []string{"list refused", "import it if it exists"}},
		{name: "a 4xx made nothing: no search", err: &seam.APIError{StatusCode: 400, Type: "invalid_input", Message: "bad url"},
			wantSummary: "Seam API error", want: []string{"bad url"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got string
			searched := false
			lc := LostCreate[thing]{
				Object: d, Action: "Creating the webhook", Recheck: []time.Duration{0, 0},
				Get: func(_ context.Context, _ *seam.Client, id string) (*thing, error) {
					got = id
					return &thing{id}, nil
				},
				Find: func(context.Context, *seam.Client) (Finding[thing], error) {
					searched = true
					return tc.finding, tc.findErr
				},
			}
			made, diags := lc.Settle(context.Background(), testClient(t), tc.err)
			if (made == nil) != (tc.wantID == "") || made != nil && made.id != tc.wantID {
				t.Errorf("adopted %v, want %q", made, tc.wantID)
			}
			if got != tc.wantGot {
				t.Errorf("read back %q, want %q", got, tc.wantGot)
			}
			if searched && tc.wantGot != "" {
				t.Errorf("searched, though Seam's answer named the object")
			}
			checkOne(t, diags, tc.wantSummary, tc.want)
		})
	}
}

func testClient(t *testing.T) *seam.Client {
	credential, err := seam.NewCredential(seam.APIKey, "seam_apikey1_token", "")
	if err != nil {
		t.Fatal(err)
	}
	c, err := seam.New(seam.Config{Endpoint: "http://127.0.0.1:1", Credential: credential})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func checkOne(t *testing.T, diags diag.Diagnostics, summary string, want []string) {
	t.Helper()
	if len(diags) != 1 {
		t.Fatalf("got %d diagnostics, want 1: %v", len(diags), diags)
	}
	if diags[0].Summary() != summary {
		t.Errorf("summary %q, want %q", diags[0].Summary(), summary)
	}
	for _, w := range want {
		if !strings.Contains(diags[0].Detail(), w) {
			t.Errorf("detail %q lacks %q", diags[0].Detail(), w)
		}
	}
}

// A create still under way at Seam when its answer was lost is found when the provider looks
// again: nothing at first is not yet "no sign".
func TestLostCreate_looksAgainWhileItFindsNothing(t *testing.T) {
	d := Descriptor{Noun: "webhook", TypeName: "seam_webhook", IDAttr: "webhook_id"}
	looks := 0
	lc := LostCreate[thing]{
		Object: d, Action: "Creating the webhook", Recheck: []time.Duration{0, 0, 0},
		Find: func(context.Context, *seam.Client) (Finding[thing], error) {
			looks++
			if looks < 3 {
				return Finding[thing]{Searched: "new webhooks"}, nil
			}
			return Finding[thing]{Made: &thing{"wh_late"}, Searched: "new webhooks"}, nil
		},
	}
	made, diags := lc.Settle(context.Background(), testClient(t), &seam.APIError{StatusCode: 502})
	if made == nil || made.id != "wh_late" || looks != 3 {
		t.Errorf("adopted %v after %d looks, want wh_late after 3: %v", made, looks, diags)
	}
}
