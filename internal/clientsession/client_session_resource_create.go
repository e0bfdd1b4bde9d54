package clientsession

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/seamapi/terraform-provider-seam/internal/instant"
	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// Create makes the session, never two: with a user_identifier_key it first checks that the
// key is free, holding it against this configuration's other sessions until the create is
// settled; without one it lists the sessions first. When Seam's answer to the create is
// lost it adopts the session only if it can show that this create made it.
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
		defer r.provider.HoldKey(descriptor, key)()
	}
	lost, diags := r.beforeCreate(ctx, client, request)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	tflog.Debug(ctx, "Creating a Seam client session", map[string]any{attrUserIdentifierKey: request.UserIdentifierKey})
	session, err := client.CreateClientSession(ctx, request)
	var exists *seam.AlreadyExistsError
	switch {
	case errors.As(err, &exists):
		resp.Diagnostics.Append(r.takenMeanwhile(ctx, client, lost.Action, request.UserIdentifierKey, exists))
		return
	case err != nil:
		session, diags = lost.Settle(ctx, client, err)
		resp.Diagnostics.Append(diags...)
		if session == nil {
			return
		}
	}
	resp.Diagnostics.Append(r.settle(ctx, client, &plan, session, nil, resp.Private)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, plan.ID.ValueString())...)
}

// beforeCreate checks that the key is free, or, without a key, lists the sessions the
// create's settlement will compare with; it returns how to settle a lost answer.
func (r *clientSessionResource) beforeCreate(ctx context.Context, client *seam.Client, request seam.CreateClientSessionRequest) (shared.LostCreate[seam.ClientSession], diag.Diagnostics) {
	var diags diag.Diagnostics
	lost := shared.LostCreate[seam.ClientSession]{Object: descriptor, Action: "Creating the client session",
		Source: r.provider.CredentialSource, Get: getSession}
	if key := request.UserIdentifierKey; key != "" {
		lost.Action = fmt.Sprintf("Creating the client session with %s %q", attrUserIdentifierKey, key)
		existing, d := r.findByKey(ctx, client, key)
		switch {
		case d != nil:
			diags.Append(d)
		case existing != nil:
			diags.Append(alreadyExistsDiagnostic(key, existing.ClientSessionID))
		}
		lost.Find = shared.FindByKey(descriptor, attrUserIdentifierKey, key, lookupKey,
			func(s *seam.ClientSession) bool { return madeByRequest(s, request) }, sessionID)
		return lost, diags
	}
	diags.Append(lost.SettleByNewOne(ctx, client, "with what was asked for",
		listSessions(seam.ClientSessionFilter{UserIdentityID: request.UserIdentityID, WithoutUserIdentifierKey: true}), sessionID,
		func(s *seam.ClientSession) bool { return madeByRequest(s, request) }))
	return lost, diags
}

// takenMeanwhile words a key taken by someone else between the provider's check and its
// create, naming the session that has it when Seam shows it.
func (r *clientSessionResource) takenMeanwhile(ctx context.Context, client *seam.Client, action, key string, exists *seam.AlreadyExistsError) diag.Diagnostic {
	existing, d := r.findByKey(ctx, client, key)
	if existing == nil {
		if d != nil {
			return d
		}
		return diag.NewAttributeErrorDiagnostic(path.Root(attrUserIdentifierKey), "Client session already exists",
			fmt.Sprintf("%s failed: %s. Import the existing session, or choose another %s.", action, exists, attrUserIdentifierKey))
	}
	return alreadyExistsDiagnostic(key, existing.ClientSessionID)
}

// findByKey returns the workspace's session with key, or nil when there is none.
func (r *clientSessionResource) findByKey(ctx context.Context, client *seam.Client, key string) (*seam.ClientSession, diag.Diagnostic) {
	session, err := lookupKey(ctx, client, key)
	if err != nil {
		return nil, shared.APIErrorDiagnostic(fmt.Sprintf("Checking whether a client session with %s %q exists", attrUserIdentifierKey, key),
			err, r.provider.CredentialSource)
	}
	if session == nil {
		return nil, nil
	}
	if d := mismatchDiagnostic(session, seam.ClientSessionLookup{UserIdentifierKey: key}, client.Credential(), r.provider.CredentialSource); d != nil {
		return nil, d
	}
	return session, nil
}

// lookupKey gets the session with key, or nil when there is none.
func lookupKey(ctx context.Context, client *seam.Client, key string) (*seam.ClientSession, error) {
	return shared.AbsentIfNotFound(client.GetClientSession(ctx, seam.ClientSessionLookup{UserIdentifierKey: key}))
}

func listSessions(filter seam.ClientSessionFilter) func(context.Context, *seam.Client) ([]seam.ClientSession, error) {
	return func(ctx context.Context, client *seam.Client) ([]seam.ClientSession, error) {
		return client.ListClientSessions(ctx, filter)
	}
}

func getSession(ctx context.Context, client *seam.Client, id string) (*seam.ClientSession, error) {
	return client.GetClientSession(ctx, seam.ClientSessionLookup{ClientSessionID: id})
}

func sessionID(s *seam.ClientSession) string { return s.ClientSessionID }

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
		(r.ExpiresAt.IsZero() || instant.Same(r.ExpiresAt, s.ExpiresAt))
}

func alreadyExistsDiagnostic(key, id string) diag.Diagnostic {
	return shared.KeyTakenOnCreate(descriptor, attrUserIdentifierKey, key, id, "create_before_destroy needs sessions "+
		"without a user_identifier_key: leave the key out to rotate without an outage, or drop create_before_destroy.")
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
	if t, ok := m.ExpiresAt.Time(); ok {
		req.ExpiresAt = t
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
