package clientsession

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// Create makes the session, never two: with a user_identifier_key it first checks that the
// key is free, and when Seam's answer to the create is lost it adopts the session only if
// it can show that this create made it.
func (r *clientSessionResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan clientSessionResourceModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, client, diags := r.provider.Seam(ctx, resourceType)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	request, diags := createRequest(ctx, plan.clientSessionModel)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	if key := request.UserIdentifierKey; key != "" {
		existing, err := r.findByKey(ctx, client, key)
		switch {
		case err != nil:
			resp.Diagnostics.Append(err)
			return
		case existing != nil:
			resp.Diagnostics.Append(alreadyExistsDiagnostic(key, existing.ClientSessionID))
			return
		}
	}
	tflog.Debug(ctx, "Creating a Seam client session", map[string]any{attrUserIdentifierKey: request.UserIdentifierKey})
	session, err := client.CreateClientSession(ctx, request)
	if err != nil {
		session, diags = r.afterFailedCreate(ctx, client, request, err)
		resp.Diagnostics.Append(diags...)
		if session == nil {
			return
		}
	}
	resp.Diagnostics.Append(r.settle(ctx, client, &plan, session, nil, resp.Private)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, attrClientSessionID, plan.ID.ValueString())...)
}

// findByKey returns the workspace's session with key, or nil when there is none.
func (r *clientSessionResource) findByKey(ctx context.Context, client *seam.Client, key string) (*seam.ClientSession, diag.Diagnostic) {
	session, err := client.GetClientSession(ctx, seam.ClientSessionLookup{UserIdentifierKey: key})
	var notFound *seam.NotFoundError
	switch {
	case errors.As(err, &notFound):
		return nil, nil
	case err != nil:
		return nil, shared.APIErrorDiagnostic(fmt.Sprintf("Checking whether a client session with %s %q exists", attrUserIdentifierKey, key),
			err, r.provider.CredentialSource)
	}
	if d := mismatchDiagnostic(session, seam.ClientSessionLookup{UserIdentifierKey: key}, client.Credential(), r.provider.CredentialSource); d != nil {
		return nil, d
	}
	return session, nil
}

// afterFailedCreate decides what a failed create means. Only a failure that may have
// reached Seam (a 5xx, a timeout after sending, an interrupt while Seam was answering) can
// have made a session; then, with a key, the session found under it is adopted when it is
// what this create asked for.
func (r *clientSessionResource) afterFailedCreate(ctx context.Context, client *seam.Client, request seam.CreateClientSessionRequest, err error) (*seam.ClientSession, diag.Diagnostics) {
	var diags diag.Diagnostics
	key := request.UserIdentifierKey
	action := "Creating the client session"
	if key != "" {
		action = fmt.Sprintf("Creating the client session with %s %q", attrUserIdentifierKey, key)
	}
	var exists *seam.AlreadyExistsError
	if errors.As(err, &exists) {
		// Made by someone else between the provider's check and its create.
		existing, d := r.findByKey(ctx, client, key)
		if existing == nil {
			diags.Append(d)
			diags.AddAttributeError(path.Root(attrUserIdentifierKey), "Client session already exists",
				fmt.Sprintf("%s failed: %s. Import the existing session, or choose another %s.", action, exists, attrUserIdentifierKey))
			return nil, diags
		}
		diags.Append(alreadyExistsDiagnostic(key, existing.ClientSessionID))
		return nil, diags
	}
	if !shared.MayHaveReachedSeam(err) {
		diags.Append(shared.APIErrorDiagnostic(action, err, r.provider.CredentialSource))
		return nil, diags
	}
	if key == "" {
		diags.Append(shared.MaybeCreatedDiagnostic("client session", resourceType, attrClientSessionID, action, err,
			fmt.Sprintf("Without a %[1]s the provider cannot look it up: find it in Seam Console, or with the "+
				"seam_client_sessions data source (filtered by connect_webview_id or user_identity_id). Set %[1]s on sessions "+
				"Terraform creates, so that such a failure can be resolved on its own.", attrUserIdentifierKey)))
		return nil, diags
	}
	ctx, cancel := shared.AfterInterrupt(ctx)
	defer cancel()
	found, d := r.findByKey(ctx, client, key)
	switch {
	case d != nil:
		diags.AddError("Client session may have been created",
			fmt.Sprintf("%s failed after the request may have reached Seam: %s. Looking it up under its key failed too: %s %s "+
				"Before applying again, check whether it exists (data \"seam_client_session\" with user_identifier_key = %q) "+
				"and import it if it does.", action, err, d.Summary(), d.Detail(), key))
		return nil, diags
	case found == nil:
		diags.AddError("Client session not created",
			fmt.Sprintf("%s failed: %s. Seam has no session with %s %q now, so the create did not take effect. Apply again: "+
				"the provider checks that the key is free before it creates, so it cannot make a second session.",
				action, err, attrUserIdentifierKey, key))
		return nil, diags
	case !madeByRequest(found, request):
		diags.AddError("Client session already exists",
			fmt.Sprintf("%s failed after the request may have reached Seam: %s. A session with this key now exists (%s), "+
				"but it differs from what this create asked for, so it may have been made by someone else. Import it if it is "+
				"yours (terraform import seam_client_session.<name> %s), or choose another %s.",
				action, err, found.ClientSessionID, found.ClientSessionID, attrUserIdentifierKey))
		return nil, diags
	}
	diags.AddWarning("Adopted the client session this create made",
		fmt.Sprintf("%s failed after it reached Seam (%s), and Seam holds a session under this key, made after the provider "+
			"checked that the key was free and matching what this create asked for: %s. The provider adopts it rather than "+
			"make a second.", action, err, found.ClientSessionID))
	return found, diags
}

// madeByRequest: s has everything the create asked for.
func madeByRequest(s *seam.ClientSession, r seam.CreateClientSessionRequest) bool {
	has := func(got []string, want []string) bool {
		for _, id := range want {
			if !slices.Contains(got, id) {
				return false
			}
		}
		return true
	}
	same := func(got *string, want string) bool { return want == "" || (got != nil && *got == want) }
	return same(s.UserIdentifierKey, r.UserIdentifierKey) &&
		has(s.ConnectedAccountIDs, r.ConnectedAccountIDs) && has(s.ConnectWebviewIDs, r.ConnectWebviewIDs) &&
		same(s.UserIdentityID, r.UserIdentityID) && same(s.CustomerKey, r.CustomerKey) &&
		(s.CustomerID == nil || same(s.CustomerID, r.CustomerID)) &&
		(r.ExpiresAt.IsZero() || r.ExpiresAt.Equal(s.ExpiresAt))
}

func alreadyExistsDiagnostic(key, id string) diag.Diagnostic {
	return diag.NewAttributeErrorDiagnostic(path.Root(attrUserIdentifierKey), "Client session already exists",
		fmt.Sprintf("This workspace already has a client session with %[1]s %[2]q: %[3]s. Seam allows one client session "+
			"per %[1]s, so another cannot be made while it exists. Whose it is decides what to do:\n\n"+
			"- This resource's own session, being replaced with lifecycle { create_before_destroy = true }: the old session "+
			"keeps the key until its successor exists, so the successor cannot have it. create_before_destroy needs sessions "+
			"without a %[1]s: leave the key out to rotate without an outage, or drop create_before_destroy.\n"+
			"- A session another resource of this configuration manages: give this one another %[1]s.\n"+
			"- A session nothing in Terraform manages: import it into this resource,\n\n"+
			"import {\n  to = seam_client_session.<this resource's name>\n  id = %[3]q\n}\n\n"+
			"or run terraform import seam_client_session.<name> %[3]s; or delete it, or choose another %[1]s.",
			attrUserIdentifierKey, key, id))
}

// createRequest is what the plan asks Seam to make.
func createRequest(ctx context.Context, m clientSessionModel) (seam.CreateClientSessionRequest, diag.Diagnostics) {
	var diags diag.Diagnostics
	req := seam.CreateClientSessionRequest{
		UserIdentifierKey: m.UserIdentifierKey.ValueString(),
		UserIdentityID:    m.UserIdentityID.ValueString(),
		CustomerKey:       m.CustomerKey.ValueString(),
		CustomerID:        m.CustomerID.ValueString(),
	}
	if !m.ConnectedAccountIDs.IsUnknown() {
		diags.Append(m.ConnectedAccountIDs.ElementsAs(ctx, &req.ConnectedAccountIDs, false)...)
	}
	if !m.ConnectWebviewIDs.IsUnknown() {
		diags.Append(m.ConnectWebviewIDs.ElementsAs(ctx, &req.ConnectWebviewIDs, false)...)
	}
	if !m.ExpiresAt.IsNull() && !m.ExpiresAt.IsUnknown() {
		t, d := m.ExpiresAt.ValueRFC3339Time()
		diags.Append(d...)
		req.ExpiresAt = t.UTC().Truncate(time.Millisecond)
	}
	return req, diags
}

// grantRequest is what the plan adds to the session, or nil when it adds nothing.
func grantRequest(ctx context.Context, state, plan clientSessionModel) (*seam.GrantAccessRequest, diag.Diagnostics) {
	var diags diag.Diagnostics
	added := func(had, want types.Set) []string {
		if want.IsUnknown() {
			return nil
		}
		var before, after []string
		diags.Append(had.ElementsAs(ctx, &before, false)...)
		diags.Append(want.ElementsAs(ctx, &after, false)...)
		return missingFrom(before, after)
	}
	grant := seam.GrantAccessRequest{
		ClientSessionID:     state.ID.ValueString(),
		ConnectedAccountIDs: added(state.ConnectedAccountIDs, plan.ConnectedAccountIDs),
		ConnectWebviewIDs:   added(state.ConnectWebviewIDs, plan.ConnectWebviewIDs),
	}
	if state.UserIdentityID.IsNull() && !plan.UserIdentityID.IsNull() && !plan.UserIdentityID.IsUnknown() {
		grant.UserIdentityID = plan.UserIdentityID.ValueString()
	}
	if len(grant.ConnectedAccountIDs) == 0 && len(grant.ConnectWebviewIDs) == 0 && grant.UserIdentityID == "" {
		return nil, diags
	}
	return &grant, diags
}
