package connectwebview

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// A choice's baseline is Seam's answer to the create: while Seam still answers that (or leaves
// the choice out), the state keeps what was configured; an answer that moved from it was a
// change outside Terraform, and the state takes it. An imported webview has no baseline.
func TestConnectWebviewResource_choicesKeepTheConfigurationWhileSeamsAnswerHoldsItsBaseline(t *testing.T) {
	yes, no := true, false
	prior := shared.Attrs{attrAutomaticallyManageNewDevices: tftypes.NewValue(tftypes.Bool, false)}
	cases := []struct {
		name    string
		created *choices
		seams   *bool
		want    bool
	}{
		{"Seam answers what it answered to the create (the fake's default)", &choices{AutomaticallyManageNewDevices: &yes}, &yes, false},
		{"Seam leaves it out", &choices{AutomaticallyManageNewDevices: &no}, nil, false},
		{"changed outside Terraform since the create", &choices{AutomaticallyManageNewDevices: &no}, &yes, true},
		{"an import: no baseline, Seam's answer", nil, &yes, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := &seam.ConnectWebview{ConnectWebviewID: "cw_1", AutomaticallyManageNewDevices: tc.seams}
			got := keptChoices(w, prior, tc.created).automaticallyManageNewDevices
			if got == nil || *got != tc.want {
				t.Errorf("automatically_manage_new_devices = %v, want %t", got, tc.want)
			}
		})
	}
}
