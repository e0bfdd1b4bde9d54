package provider_test

import (
	"context"
	"slices"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"

	"github.com/seamapi/terraform-provider-seam/internal/testing/acctest"
)

// Resource identity at the protocol level, for every resource, on what Terraform 1.12+ sends
// (the CLI tests run with a newer CLI): the identity is the Seam ID and import takes it; a
// state written without identity (by a provider before it) gains it at its next read; an
// object deleted outside Terraform leaves the state without an error.
func TestAccIdentity_everyResourceImportsByIdentityAndUpgradesItsState(t *testing.T) {
	for _, oc := range managedObjects(t) {
		t.Run(oc.TypeName, func(t *testing.T) {
			tg := acctest.FullAPI(t)
			p := tg.Protocol(t)
			ctx := context.Background()
			schema := p.IdentitySchema(oc.TypeName)
			if schema == nil {
				t.Fatalf("%s has no identity schema", oc.TypeName)
			}
			var names []string
			for _, a := range schema.IdentityAttributes {
				if a.RequiredForImport {
					names = append(names, a.Name)
				}
			}
			slices.Sort(names)
			if want := slices.Sorted(slices.Values(oc.IdentityAttrs())); !slices.Equal(names, want) {
				t.Fatalf("identity schema of %s: %+v, want %v, each required for import", oc.TypeName, schema, want)
			}
			identityType := schema.ValueType()
			key := acctest.UniqueKey(t)
			id := oc.make(t, tg, key)

			imported, err := p.Server.ImportResourceState(ctx, &tfprotov6.ImportResourceStateRequest{
				TypeName: oc.TypeName,
				Identity: &tfprotov6.ResourceIdentityData{IdentityData: oc.identityValue(p, identityType, id)},
			})
			if err != nil {
				t.Fatal(err)
			}
			p.NoErrors("import by identity", imported.Diagnostics)
			if len(imported.ImportedResources) != 1 {
				t.Fatalf("imported %d resources", len(imported.ImportedResources))
			}
			got := imported.ImportedResources[0]
			if v := acctest.String(p.Attributes(p.ResourceType(oc.TypeName), got.State)["id"]); v != id {
				t.Errorf("imported state's id = %s, want %s", v, id)
			}

			// A state written by a provider without identity: no identity comes with it.
			read, err := p.Server.ReadResource(ctx, &tfprotov6.ReadResourceRequest{TypeName: oc.TypeName, CurrentState: got.State})
			if err != nil {
				t.Fatal(err)
			}
			p.NoErrors("read", read.Diagnostics)
			state := p.Attributes(p.ResourceType(oc.TypeName), read.NewState)
			if read.NewIdentity == nil || oc.identityID(p.Attributes(identityType, read.NewIdentity.IdentityData)) != id {
				t.Errorf("the read gave identity %+v, want the identity of %s", read.NewIdentity, id)
			}
			if acctest.String(state[oc.IDAttr]) != id {
				t.Errorf("the read state's %s = %s, want %s", oc.IDAttr, acctest.String(state[oc.IDAttr]), id)
			}
			if oc.secret != "" && state[oc.secret].IsNull() {
				t.Errorf("the read left %s null: an import must read it back", oc.secret)
			}

			tg.Post(t, oc.deletePath, oc.deleteBody(t, tg, key, id))
			// As Terraform before 1.12 asks: no identity with the state.
			gone, err := p.Server.ReadResource(ctx, &tfprotov6.ReadResourceRequest{TypeName: oc.TypeName, CurrentState: read.NewState})
			if err != nil {
				t.Fatal(err)
			}
			p.NoErrors("read after a deletion outside Terraform", gone.Diagnostics)
			if v, err := gone.NewState.Unmarshal(p.ResourceType(oc.TypeName)); err != nil || !v.IsNull() {
				t.Errorf("after a deletion outside Terraform the state is %v (%v), want none", v, err)
			}
		})
	}
}

// Every list resource finds an object made outside Terraform, with its identity and (when
// asked) its attributes, and never its secret: terraform query -json prints results in clear.
func TestAccList_everyListResourceFindsObjectsWithoutTheirSecrets(t *testing.T) {
	for _, oc := range managedObjects(t) {
		t.Run(oc.TypeName, func(t *testing.T) {
			tg := acctest.FullAPI(t)
			p := tg.Protocol(t)
			key := acctest.UniqueKey(t)
			id := oc.make(t, tg, key)
			lister, ok := p.Server.(tfprotov6.ListResourceServer)
			if !ok {
				t.Fatal("the provider server does not serve list resources")
			}
			stream, err := lister.ListResource(context.Background(), &tfprotov6.ListResourceRequest{
				TypeName: oc.TypeName, Config: p.Value(p.ListConfigType(oc.TypeName), oc.listFilter(t, tg, key)),
				IncludeResource: true, Limit: 100,
			})
			if err != nil {
				t.Fatal(err)
			}
			identityType := p.IdentitySchema(oc.TypeName).ValueType()
			found := 0
			for result := range stream.Results {
				p.NoErrors("list", result.Diagnostics)
				if result.Identity == nil || oc.identityID(p.Attributes(identityType, result.Identity.IdentityData)) != id {
					continue
				}
				found++
				attrs := p.Attributes(p.ResourceType(oc.TypeName), result.Resource)
				if acctest.String(attrs[oc.IDAttr]) != id || result.DisplayName == "" {
					t.Errorf("the result for %s has %s = %s and display name %q", id, oc.IDAttr, acctest.String(attrs[oc.IDAttr]), result.DisplayName)
				}
				if oc.secret != "" && !attrs[oc.secret].IsNull() {
					t.Errorf("the result holds %s: terraform query -json would print it", oc.secret)
				}
			}
			if found != 1 {
				t.Errorf("the list found %s %d times, want once", id, found)
			}
		})
	}
}
