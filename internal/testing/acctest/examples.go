package acctest

import (
	"cmp"
	"fmt"
	"strings"
	"testing"

	"github.com/seamapi/terraform-provider-seam/internal/provider"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// Managed is one registered object with a resource, as the tests every managed object keeps
// (a lost create, a switched workspace, an import, adoption, secrets, identity) handle it:
// from its Example, written in its own package.
type Managed struct {
	shared.Object
	Example shared.Example
	// Kind is the key of Seam's JSON for it ("space"), Seam's schema of it.
	Kind string
}

// Create, Get and Delete are its routes.
func (m Managed) Create() string { return cmp.Or(m.Example.CreatePath, m.Example.Routes+"create") }
func (m Managed) Get() string    { return m.Example.Routes + "get" }
func (m Managed) Delete() string { return cmp.Or(m.Example.DeletePath, m.Example.Routes+"delete") }

// ManagedObjects are the registered objects with a resource; one without an Example fails the
// test, naming it, so that no object is left out of the tests every object's tables run.
func ManagedObjects(t *testing.T) []Managed {
	t.Helper()
	var out []Managed
	for _, o := range provider.Objects() {
		if len(o.Resources) == 0 {
			continue
		}
		if o.Example == nil {
			t.Fatalf("%s is registered with a resource and without an Example: the tests of every object cannot make one", o.Descriptor.TypeName)
		}
		out = append(out, Managed{Object: o, Example: *o.Example, Kind: cmp.Or(o.Example.Kind, o.Contract.Schema)})
	}
	return out
}

// managed is the registered object of type typeName.
func managed(t *testing.T, typeName string) Managed {
	t.Helper()
	for _, m := range ManagedObjects(t) {
		if m.Descriptor.TypeName == typeName {
			return m
		}
	}
	t.Fatalf("no managed object %s is registered", typeName)
	return Managed{}
}

// fill is v with "{key}", "{host}" and each "{<type>}" of ids ("{device}" among them) put
// in, in every string of it.
func fill(v any, key string, ids map[string]string) any {
	switch v := v.(type) {
	case string:
		pairs := []string{"{key}", key, "{host}", strings.ReplaceAll(key, "_", "-")}
		for typeName, id := range ids {
			pairs = append(pairs, "{"+typeName+"}", id)
		}
		return strings.NewReplacer(pairs...).Replace(v)
	case map[string]any:
		return fillBody(v, key, ids)
	case []map[string]any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = fill(x, key, ids)
		}
		return out
	case []string:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = fill(x, key, ids)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = fill(x, key, ids)
		}
		return out
	}
	return v
}

// fillBody is a create body with fill's values put in.
func fillBody(body map[string]any, key string, ids map[string]string) map[string]any {
	out := make(map[string]any, len(body))
	for k, v := range body {
		out[k] = fill(v, key, ids)
	}
	return out
}

// fillString is s with fill's values put in.
func fillString(s, key string, ids map[string]string) string {
	out, _ := fill(s, key, ids).(string)
	return out
}

// Needs makes what m's example refers to, for key, once: each with its own example and a key
// of its own, found again by that key when an earlier call made it. It returns their Seam IDs
// by type.
func (tg *Target) Needs(t *testing.T, m Managed, key string) map[string]string {
	t.Helper()
	ids := map[string]string{}
	if m.Example.Device != "" {
		ids["device"] = tg.DeviceOfType(t, m.Example.Device)
	}
	for _, typeName := range m.Example.Needs {
		need := managed(t, typeName)
		needKey := key + "_" + strings.TrimPrefix(typeName, "seam_")
		var found map[string]any
		if k := need.Descriptor.KeyAttr; k != "" {
			found = tg.Object(t, need.Get(), map[string]any{k: needKey}, need.Kind)
		}
		if found == nil {
			found = tg.Object(t, need.Create(), fillBody(need.Example.Create, needKey, tg.Needs(t, need, needKey)), need.Kind)
		}
		ids[typeName] = RawString(found, need.Descriptor.IDAttr)
	}
	return ids
}

// DeviceOfType is the ID of the first device of deviceType in the workspace: Seam discovers
// devices, and the tests make objects on those the workspace has.
func (tg *Target) DeviceOfType(t *testing.T, deviceType string) string {
	t.Helper()
	devices := tg.Objects(t, "/devices/list", map[string]any{"device_type": deviceType}, "devices")
	if len(devices) == 0 {
		t.Fatalf("the workspace has no device of type %s", deviceType)
	}
	return RawString(devices[0], "device_id")
}

// Make makes m through Seam's API with body (its example's Create, or one of its Otherwise),
// for key, and returns its Seam ID.
func (tg *Target) Make(t *testing.T, m Managed, body map[string]any, key string) string {
	t.Helper()
	filled := fillBody(body, key, tg.Needs(t, m, key))
	if len(m.Descriptor.Identity) > 0 {
		// Seam answers such a create with no object: its ID joins the identity it was made with.
		tg.Post(t, m.Create(), filled)
		values := map[string]string{}
		for _, name := range m.Descriptor.Identity {
			values[name] = fmt.Sprint(filled[name])
		}
		return m.Descriptor.JoinIdentity(values)
	}
	made := tg.Object(t, m.Create(), filled, m.Kind)
	if made == nil {
		t.Fatalf("%s made nothing", m.Create())
	}
	return RawString(made, m.Descriptor.IDAttr)
}

// Block is a resource block of m named name that makes what its example makes for key,
// after making what it refers to.
func (tg *Target) Block(t *testing.T, m Managed, name, key string) string {
	t.Helper()
	body := fillString(m.Example.Config, key, tg.Needs(t, m, key))
	return fmt.Sprintf("resource %q %q {\n%s\n}\n", m.Descriptor.TypeName, name, body)
}

// ListFilter are the filters of a list block that finds what m's example made for key.
func (m Managed) ListFilter(key string, ids map[string]string) map[string]string {
	return fillFilters(m.Example.ListFilter, key, ids)
}

// ListScope are the filters every list block of m needs, for key.
func (m Managed) ListScope(key string, ids map[string]string) map[string]string {
	return fillFilters(m.Example.ListScope, key, ids)
}

func fillFilters(filters map[string]string, key string, ids map[string]string) map[string]string {
	out := make(map[string]string, len(filters))
	for k, v := range filters {
		out[k] = fillString(v, key, ids)
	}
	return out
}
