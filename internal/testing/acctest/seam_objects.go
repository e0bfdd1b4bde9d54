package acctest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
)

// Object calls one of Seam's routes with the target's API key and returns Seam's raw JSON
// object under key, or nil when Seam answers 404: the truth tests check the provider against.
func (tg *Target) Object(t *testing.T, path string, body map[string]any, key string) map[string]any {
	t.Helper()
	var out map[string]any
	err := fakeseam.Call(context.Background(), "POST", tg.Endpoint+path, tg.APIKey, body, &out)
	if err != nil && strings.Contains(err.Error(), "HTTP 404") {
		return nil
	}
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	object, ok := out[key].(map[string]any)
	if !ok {
		t.Fatalf("%s answered no %s", path, key)
	}
	return object
}

// Post calls one of Seam's routes (or the fake's simulations) with the target's API key.
func (tg *Target) Post(t *testing.T, path string, body map[string]any) {
	t.Helper()
	if err := fakeseam.Call(context.Background(), "POST", tg.Endpoint+path, tg.APIKey, body, nil); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// CheckGone is a CheckDestroy that fails while Seam still has any resource of type in the
// state, asked by its id through path (its ID sent as idField).
func (tg *Target) CheckGone(t *testing.T, resourceType, path, idField, key string) func(*terraform.State) error {
	return func(s *terraform.State) error {
		for _, r := range s.RootModule().Resources {
			if r.Type != resourceType {
				continue
			}
			if tg.Object(t, path, map[string]any{idField: r.Primary.ID}, key) != nil {
				return fmt.Errorf("the Seam API still has %s %s after destroy", resourceType, r.Primary.ID)
			}
		}
		return nil
	}
}

// Objects calls one of Seam's list routes with the target's API key and returns Seam's raw
// JSON objects under key: the truth tests check a list data source against.
func (tg *Target) Objects(t *testing.T, path string, body map[string]any, key string) []map[string]any {
	t.Helper()
	var out map[string]any
	if err := fakeseam.Call(context.Background(), "POST", tg.Endpoint+path, tg.APIKey, body, &out); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	raw, ok := out[key].([]any)
	if !ok {
		t.Fatalf("%s answered no %s list", path, key)
	}
	objects := make([]map[string]any, len(raw))
	for i, o := range raw {
		objects[i], _ = o.(map[string]any)
	}
	return objects
}
