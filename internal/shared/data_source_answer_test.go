package shared

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// A data source takes only the object it asked for; every other answer is an error at the
// attribute that named it, saying what was asked.
func TestAnswered_takesOnlyTheObjectAskedFor(t *testing.T) {
	asked := Asked{Object: Descriptor{Noun: "space", TypeName: "seam_space", IDAttr: "space_id"}, At: path.Root("space_key"),
		What: `space_key "lobby"`, Source: FromEnv(SettingAPIKey, "SEAM_API_KEY")}
	is := func(x *thing) bool { return x.id == "spc_1" }
	id := func(x *thing) string { return x.id }
	cases := []struct {
		name    string
		found   *thing
		err     error
		atKey   bool
		summary string
		want    []string
	}{
		{name: "none", err: &seam.NotFoundError{Object: "space", APIError: &seam.APIError{StatusCode: 404, Type: "space_not_found"}},
			atKey: true, summary: "Space not found", want: []string{`Seam has no space with space_key "lobby"`, "SEAM_API_KEY", "HTTP 404"}},
		{name: "a failed call", err: &seam.APIError{StatusCode: 500, Type: "internal_server_error", Message: "boom"},
			summary: "Seam API error", want: []string{`Reading the space with space_key "lobby"`, "boom"}},
		{name: "another space", found: &thing{"spc_2"}, atKey: true,
			summary: "Seam returned a different space", want: []string{`asked for the space with space_key "lobby"`, `space "spc_2"`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, d := Answered(asked, tc.found, tc.err, is, id)
			if got != nil {
				t.Errorf("took %+v", got)
			}
			if d == nil {
				t.Fatal("no error")
			}
			if ad, ok := d.(diag.DiagnosticWithPath); tc.atKey && (!ok || !ad.Path().Equal(asked.At)) {
				t.Errorf("the error is not at %s: %v", asked.At, d)
			}
			checkOne(t, diag.Diagnostics{d}, tc.summary, tc.want)
		})
	}
	if got, d := Answered(asked, &thing{"spc_1"}, nil, is, id); d != nil || got == nil || got.id != "spc_1" {
		t.Errorf("the space asked for: %+v, %v", got, d)
	}
}
