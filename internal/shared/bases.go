package shared

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// The framework wiring every object's blocks share, from its Descriptor: each object's
// resource, data source and ephemeral resource embeds its base, and writes only what differs.

// ResourceBase gives a resource its type name, its provider data, its identity (the Seam ID),
// its import by ID or identity, and its Delete, behind the workspace guard.
type ResourceBase struct {
	Object   Descriptor
	Provider *ProviderData
	// Remove deletes the object with Seam ID id; Seam's "not found" is a NotFoundError.
	Remove func(ctx context.Context, client *seam.Client, id string) error
}

func (b *ResourceBase) Metadata(_ context.Context, _ resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = b.Object.TypeName
}

func (b *ResourceBase) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	pd, diags := ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	b.Provider = pd
}

// IdentitySchema is the resource identity (Terraform 1.12+): the object's Seam ID.
func (b *ResourceBase) IdentitySchema(_ context.Context, _ resource.IdentitySchemaRequest, resp *resource.IdentitySchemaResponse) {
	resp.IdentitySchema = IdentitySchema(b.Object)
}

// ImportState takes the Seam ID, from an import ID or an identity; Read fills the rest.
func (b *ResourceBase) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	ImportByID(ctx, b.Object, req, resp)
}

// Delete deletes the object the state holds with Remove, behind the workspace guard; an
// object already gone, in the credential's own workspace, is what the destroy wanted.
func (b *ResourceBase) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	ctx, client, diags := b.Provider.Seam(ctx, b.Object.TypeName)
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	guard := b.Guard(ctx, client, AttrsOf(req.State.Raw), req.Private)
	DeleteGuarded(ctx, guard, func(ctx context.Context) error { return b.Remove(ctx, client, guard.ID) }, resp)
}

// Guard is the workspace check for the object a state holds: the workspace its workspace_id
// records, or, for an object whose Seam object names none (a webhook), the private state's.
func (b *ResourceBase) Guard(ctx context.Context, client *seam.Client, state Attrs, private PrivateReader) WorkspaceGuard {
	had := state.String("workspace_id")
	if had == "" {
		had = RecordedWorkspace(ctx, private)
	}
	return WorkspaceGuard{Object: b.Object, ID: state.String("id"), Had: had, Client: client, Source: b.Provider.CredentialSource}
}

// DataSourceBase gives a data source its type name (TypeName, or its object's) and its
// provider data.
type DataSourceBase struct {
	Object   Descriptor
	TypeName string
	Provider *ProviderData
}

func (b *DataSourceBase) Metadata(_ context.Context, _ datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = b.typeName()
}

func (b *DataSourceBase) typeName() string {
	if b.TypeName != "" {
		return b.TypeName
	}
	return b.Object.TypeName
}

func (b *DataSourceBase) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	pd, diags := ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	b.Provider = pd
}

// EphemeralBase gives an ephemeral resource its type name and its provider data.
type EphemeralBase struct {
	Object   Descriptor
	Provider *ProviderData
}

func (b *EphemeralBase) Metadata(_ context.Context, _ ephemeral.MetadataRequest, resp *ephemeral.MetadataResponse) {
	resp.TypeName = b.Object.TypeName
}

func (b *EphemeralBase) Configure(_ context.Context, req ephemeral.ConfigureRequest, resp *ephemeral.ConfigureResponse) {
	pd, diags := ProviderDataFrom(req.ProviderData)
	resp.Diagnostics.Append(diags...)
	b.Provider = pd
}

// Seam is the client for one of the resource's calls, with the context its calls and log
// entries use; false when there is none, the diagnostics saying why.
func (b *ResourceBase) Seam(ctx context.Context, diags *diag.Diagnostics) (context.Context, *seam.Client, bool) {
	ctx, client, d := b.Provider.Seam(ctx, b.Object.TypeName)
	diags.Append(d...)
	return ctx, client, !diags.HasError()
}

// ReadObject begins every resource's Read: it sets the identity from the state (the framework
// wants one even when Read removes the resource, and Terraform before 1.12 sends none), then
// gets the object the state holds, behind the workspace guard. nil means Read is done: the
// object is gone (and out of the state), or an error says why.
func ReadObject[S any](ctx context.Context, b *ResourceBase, req resource.ReadRequest, resp *resource.ReadResponse,
	get func(ctx context.Context, client *seam.Client, id string) (*S, error)) (context.Context, *seam.Client, *S) {
	state := AttrsOf(req.State.Raw)
	id := state.String("id")
	resp.Diagnostics.Append(SetIdentity(ctx, resp.Identity, b.Object, id)...)
	ctx, client, ok := b.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return ctx, nil, nil
	}
	found := ReadGuarded(ctx, b.Guard(ctx, client, state, req.Private), func(ctx context.Context) (*S, error) {
		return get(ctx, client, id)
	}, resp)
	return ctx, client, found
}
