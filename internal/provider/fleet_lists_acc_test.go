package provider_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/seamapi/terraform-provider-seam/internal/provider"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/contracttest"
	"github.com/seamapi/terraform-provider-seam/internal/testing/fakeseam"
	"github.com/seamapi/terraform-provider-seam/internal/testing/standin"
)

// fleet is how many objects of each kind the lists at scale read: more than two of Seam's
// pages of 500, where its routes page.
const fleet = 1200

// Every list reads a fleet whole, page by page, and holds Seam's JSON field by field: for
// every registered object, its data source that lists objects and its list resource, through
// the provider's protocol, against the stand-in seeded with a fleet of each kind; each item
// must be the one Seam's own list route answers (read page by page here, apart from the
// provider), and none may be missing.
func TestAccLists_everyListReadsAFleetWholeAndAsSeamHasIt(t *testing.T) {
	tg := acctest.FullAPI(t)
	srv := tg.RequireStandIn(t)
	for _, kind := range standin.Kinds {
		if err := srv.Seed(t.Context(), fakeseam.SeedWorkspace, kind, fleet); err != nil {
			t.Fatal(err)
		}
	}
	server, schemas := configured(t, tg.Endpoint)
	ctx := context.Background()
	for _, o := range provider.Objects() {
		t.Run(o.Descriptor.TypeName, func(t *testing.T) {
			check := contracttest.ValueCheck{Rows: o.Contract.Table.Rows(), Beyond: o.Contract.Beyond, IDField: o.Descriptor.IDAttr,
				ListedOnce: o.Contract.ListedOnce}
			listed := 0
			for _, name := range blocksOf(o).dataSources {
				if name == o.Descriptor.TypeName {
					continue
				}
				listed++
				resp, err := server.ReadDataSource(ctx, &tfprotov6.ReadDataSourceRequest{TypeName: name,
					Config: objectValue(t, schemas.DataSourceSchemas[name], nil)})
				if err != nil || hasError(resp.Diagnostics) {
					t.Fatalf("reading %s: %v %v", name, err, resp.Diagnostics)
				}
				state, err := resp.State.Unmarshal(schemas.DataSourceSchemas[name].ValueType())
				if err != nil {
					t.Fatal(err)
				}
				check.Items(t, name, seamsList(t, tg, name), state)
			}
			lists, _ := server.(tfprotov6.ListResourceServer)
			if s, ok := schemas.ListResourceSchemas[o.Descriptor.TypeName]; ok {
				listed++
				var scope map[string]tftypes.Value
				var want []any
				if o.Example != nil && len(o.Example.ListScope) > 0 {
					// A list of one device's objects: those the device has, seeded by no one.
					scope, want = scopedList(t, tg, o)
				} else {
					want = seamsList(t, tg, o.Descriptor.TypeName)
				}
				stream, err := lists.ListResource(ctx, &tfprotov6.ListResourceRequest{TypeName: o.Descriptor.TypeName,
					Config: objectValue(t, s, scope), IncludeResource: true, Limit: 100_000})
				if err != nil {
					t.Fatal(err)
				}
				var items []tftypes.Value
				for result := range stream.Results {
					if hasError(result.Diagnostics) || result.Resource == nil {
						t.Fatalf("a result: %v", result.Diagnostics)
					}
					v, err := result.Resource.Unmarshal(schemas.ResourceSchemas[o.Descriptor.TypeName].ValueType())
					if err != nil {
						t.Fatal(err)
					}
					items = append(items, v)
				}
				check.Results(t, "list "+o.Descriptor.TypeName, want, items)
			}
			if listed == 0 {
				t.Fatalf("%s has no list, as a data source or a list resource", o.Descriptor.TypeName)
			}
		})
	}
}

// scopedList is the configuration of a list that Seam scopes (a noise sensor's thresholds),
// for the device of the object's example, and what Seam's list route answers for it.
func scopedList(t *testing.T, tg *acctest.Target, o shared.Object) (map[string]tftypes.Value, []any) {
	t.Helper()
	m := acctest.Managed{Object: o, Example: *o.Example, Kind: o.Contract.Schema}
	filters := m.ListScope("", tg.Needs(t, m, acctest.UniqueKey(t)))
	scope, body := map[string]tftypes.Value{}, map[string]any{}
	for name, value := range filters {
		scope[name], body[name] = tftypes.NewValue(tftypes.String, value), value
	}
	if o.Contract.Within != "" {
		return scope, withinItems(tg.Object(t, "/devices/get", body, "device"), o.Contract)
	}
	var out map[string]any
	if err := fakeseam.Call(t.Context(), http.MethodPost, tg.Endpoint+o.Example.Routes+"list", tg.APIKey, body, &out); err != nil {
		t.Fatalf("%slist: %v", o.Example.Routes, err)
	}
	items, _ := out[strings.ReplaceAll(o.Descriptor.Plural(), " ", "_")].([]any)
	return scope, items
}

// seamsList is every object Seam's list route answers for a block's kind (seam_spaces and
// seam_space: /spaces/list), page by page, as plain JSON.
func seamsList(t *testing.T, tg *acctest.Target, typeName string) []any {
	t.Helper()
	plural := strings.TrimPrefix(typeName, "seam_")
	switch {
	case strings.HasSuffix(plural, "s"):
	case strings.HasSuffix(plural, "y"):
		plural = strings.TrimSuffix(plural, "y") + "ies"
	default:
		plural += "s"
	}
	var all []any
	body := map[string]any{}
	for range 100 {
		var out map[string]any
		if err := fakeseam.Call(t.Context(), http.MethodPost, tg.Endpoint+"/"+plural+"/list", tg.APIKey, body, &out); err != nil {
			t.Fatalf("/%s/list: %v", plural, err)
		}
		items, _ := out[plural].([]any)
		all = append(all, items...)
		pagination, _ := out["pagination"].(map[string]any)
		next, more := pagination["next_page_cursor"].(string)
		if !more || pagination["has_next_page"] != true {
			if len(all) < fleet {
				t.Fatalf("/%s/list answered %d objects, fewer than the fleet of %d seeded", plural, len(all), fleet)
			}
			return all
		}
		body = map[string]any{"page_cursor": next}
	}
	t.Fatalf("/%s/list pages for ever", plural)
	return nil
}
