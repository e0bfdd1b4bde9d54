package provider_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	tfjson "github.com/hashicorp/terraform-json"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"

	"github.com/seamapi/terraform-provider-seam/internal/acctest"
)

// expectSessionAsSeamHasIt checks every session attribute of seam_client_session.test
// against Seam's raw JSON for the session whose ID the state holds, fetched when the check runs.
func expectSessionAsSeamHasIt(t *testing.T, tg *acctest.Target) statecheck.StateCheck {
	return sessionAsSeamHasIt{t: t, tg: tg, addr: resourceAddr}
}

type sessionAsSeamHasIt struct {
	t    *testing.T
	tg   *acctest.Target
	addr string
}

func (c sessionAsSeamHasIt) CheckState(_ context.Context, req statecheck.CheckStateRequest, resp *statecheck.CheckStateResponse) {
	values, err := resourceValues(req.State, c.addr)
	if err != nil {
		resp.Error = err
		return
	}
	id, _ := values["id"].(string)
	raw := c.tg.GetClientSession(c.t, id)
	var errs []error
	for name, check := range expectedAttributes(raw) {
		if err := check.CheckValue(values[name]); err != nil {
			errs = append(errs, fmt.Errorf("%s.%s: %w", c.addr, name, err))
		}
	}
	resp.Error = errors.Join(errs...)
}

func resourceValues(state *tfjson.State, addr string) (map[string]any, error) {
	if state == nil || state.Values == nil || state.Values.RootModule == nil {
		return nil, errors.New("the state is empty")
	}
	for _, r := range state.Values.RootModule.Resources {
		if r.Address == addr {
			return r.AttributeValues, nil
		}
	}
	return nil, fmt.Errorf("the state has no %s", addr)
}
