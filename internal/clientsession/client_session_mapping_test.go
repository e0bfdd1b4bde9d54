package clientsession

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// The client's decoding and the provider's mapping, end to end, against a body whose every
// field holds a value no other field holds: a swapped or dropped field cannot pass.
func TestMapping_everyAttributeHoldsItsOwnFieldOfSeamsJSON(t *testing.T) {
	body, err := os.ReadFile("../seam/testdata/client_session_distinct.json")
	if err != nil {
		t.Fatal(err)
	}
	var envelope struct {
		ClientSession map[string]any `json:"client_session"`
	}
	if err := json.Unmarshal(body, &envelope); err != nil {
		t.Fatal(err)
	}
	raw := envelope.ClientSession
	assertDistinct(t, raw)

	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write(body) }))
	t.Cleanup(srv.Close)
	client, err := seam.New(seam.Config{Endpoint: srv.URL, Credential: mustCredential(t, seam.APIKey, "seam_apikey1_token", "")})
	if err != nil {
		t.Fatal(err)
	}
	session, err := client.GetClientSession(context.Background(), seam.ClientSessionLookup{ClientSessionID: "x"})
	if err != nil {
		t.Fatal(err)
	}
	var m clientSessionModel
	if diags := m.fill(context.Background(), session); diags.HasError() {
		t.Fatal(diags)
	}
	got := modelValues(m)
	if len(got) != len(clientSessionAttributes) {
		t.Fatalf("the model has %d attributes, the table %d", len(got), len(clientSessionAttributes))
	}
	for name, v := range got {
		field := name
		if name == attrID {
			field = attrClientSessionID
		}
		if msg := sameAsJSON(v, raw[field]); msg != "" {
			t.Errorf("%s: %s", name, msg)
		}
	}
}

// assertDistinct fails when two fields of the fixture hold the same value, which would let
// a swap between them pass.
func assertDistinct(t *testing.T, raw map[string]any) {
	t.Helper()
	seen := map[string]string{}
	for field, v := range raw {
		b, _ := json.Marshal(v)
		key := string(b)
		if items, ok := v.([]any); ok && len(items) > 0 {
			b, _ = json.Marshal(items[0])
			key = string(b)
		}
		if other, dup := seen[key]; dup {
			t.Fatalf("the fixture's %s and %s hold the same value %s", field, other, key)
		}
		seen[key] = field
	}
}

// modelValues is each attribute of m by its tfsdk name.
func modelValues(m clientSessionModel) map[string]attr.Value {
	out := map[string]attr.Value{}
	v := reflect.ValueOf(m)
	for i := range v.NumField() {
		value, _ := v.Field(i).Interface().(attr.Value)
		out[v.Type().Field(i).Tag.Get("tfsdk")] = value
	}
	return out
}

// sameAsJSON says how v differs from Seam's JSON value want, or "".
func sameAsJSON(v attr.Value, want any) string {
	switch v := v.(type) {
	case types.String:
		if want == nil && v.IsNull() || (want != nil && !v.IsNull() && v.ValueString() == want) {
			return ""
		}
	case instant.Value:
		got, _ := v.ValueRFC3339Time()
		wantString, _ := want.(string)
		if at, err := time.Parse(time.RFC3339Nano, wantString); err == nil && at.Equal(got) {
			return ""
		}
	case types.Int64:
		if n, ok := want.(float64); ok && float64(v.ValueInt64()) == n {
			return ""
		}
	case types.Set:
		var got, wantIDs []string
		for _, e := range v.Elements() {
			got = append(got, e.String())
		}
		items, _ := want.([]any)
		for _, e := range items {
			wantIDs = append(wantIDs, jsonString(e))
		}
		slices.Sort(got)
		slices.Sort(wantIDs)
		if slices.Equal(got, wantIDs) {
			return ""
		}
	}
	return "holds " + v.String() + ", Seam's JSON " + jsonString(want)
}

func jsonString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
