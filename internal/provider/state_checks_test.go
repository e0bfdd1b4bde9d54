package provider_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-testing/statecheck"
)

// expectNoSecretInState fails when any of secrets appears anywhere in the state,
// whatever resource or attribute holds it.
func expectNoSecretInState(secrets ...string) statecheck.StateCheck {
	return noSecretInState(secrets)
}

type noSecretInState []string

func (secrets noSecretInState) CheckState(_ context.Context, req statecheck.CheckStateRequest, resp *statecheck.CheckStateResponse) {
	raw, err := json.Marshal(req.State)
	if err != nil {
		resp.Error = err
		return
	}
	if len(raw) < 50 {
		resp.Error = fmt.Errorf("the state is unexpectedly empty: %s", raw)
		return
	}
	for i, secret := range secrets {
		if strings.Contains(string(raw), secret) {
			resp.Error = fmt.Errorf("the state holds secret number %d of the check", i+1)
			return
		}
	}
}
