package clientsession

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
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
	plan := shared.AttrsOf(req.Plan.Raw)
	ctx, client, ok := r.Seam(ctx, &resp.Diagnostics)
	if !ok {
		return
	}
	request := createRequest(plan)
	if key := request.UserIdentifierKey; key != "" {
		defer r.Provider.HoldKey(descriptor, key)()
	}
	lost, diags := r.beforeCreate(ctx, client, request)
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	tflog.Debug(ctx, "Creating a Seam client session", map[string]any{attrUserIdentifierKey: request.UserIdentifierKey})
	created, err := client.CreateClientSession(ctx, request)
	var exists *seam.AlreadyExistsError
	switch {
	case errors.As(err, &exists):
		resp.Diagnostics.Append(r.takenMeanwhile(ctx, client, lost.Action, request.UserIdentifierKey, exists))
		return
	case err != nil:
		created, diags = lost.Settle(ctx, client, err)
		resp.Diagnostics.Append(diags...)
		if created == nil {
			return
		}
	}
	resp.Diagnostics.Append(r.settle(ctx, client, &resp.State, created, req.Plan.Raw, nil, resp.Private)...)
	resp.Diagnostics.Append(shared.SetIdentity(ctx, resp.Identity, descriptor, created.ClientSessionID)...)
}

// beforeCreate checks that the key is free, or, without a key, lists the sessions the
// create's settlement will compare with; it returns how to settle a lost answer.
func (r *clientSessionResource) beforeCreate(ctx context.Context, client *seam.Client, request seam.CreateClientSessionRequest) (shared.LostCreate[seam.ClientSession], diag.Diagnostics) {
	var diags diag.Diagnostics
	lost := shared.LostCreate[seam.ClientSession]{Object: descriptor, Action: "Creating the client session",
		Source: r.Provider.CredentialSource, Get: getSession}
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
			func(s *seam.ClientSession) bool { return madeByRequest(s, request) }, seamSessionID)
		return lost, diags
	}
	diags.Append(lost.SettleByNewOne(ctx, client, "with what was asked for",
		listSessions(seam.ClientSessionFilter{UserIdentityID: request.UserIdentityID, WithoutUserIdentifierKey: true}), seamSessionID,
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
			err, r.Provider.CredentialSource)
	}
	if session == nil {
		return nil, nil
	}
	if d := mismatchDiagnostic(session, seam.ClientSessionLookup{UserIdentifierKey: key}, client.Credential(), r.Provider.CredentialSource); d != nil {
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

func seamSessionID(s *seam.ClientSession) string { return s.ClientSessionID }

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

// createRequest is what the plan asks Seam to make; unknown and null values are left out.
func createRequest(plan shared.Attrs) seam.CreateClientSessionRequest {
	req := seam.CreateClientSessionRequest{UserIdentifierKey: plan.String(attrUserIdentifierKey), UserIdentityID: plan.String(attrUserIdentityID),
		CustomerKey: plan.String(attrCustomerKey), CustomerID: plan.String(attrCustomerID),
		ConnectedAccountIDs: plan.Strings(attrConnectedAccountIDs), ConnectWebviewIDs: plan.Strings(attrConnectWebviewIDs)}
	req.ExpiresAt, _ = plan.Time(attrExpiresAt)
	return req
}

// grantRequest is what the plan adds to the session, or nil when it adds nothing.
func grantRequest(state, plan shared.Attrs) *seam.GrantAccessRequest {
	added := func(name string) []string {
		if plan.Unknown(name) {
			return nil
		}
		return missingFrom(state.Strings(name), plan.Strings(name))
	}
	grant := seam.GrantAccessRequest{ClientSessionID: state.String(attrID), ConnectedAccountIDs: added(attrConnectedAccountIDs),
		ConnectWebviewIDs: added(attrConnectWebviewIDs)}
	if !state.Known(attrUserIdentityID) && plan.Known(attrUserIdentityID) {
		grant.UserIdentityID = plan.String(attrUserIdentityID)
	}
	if len(grant.ConnectedAccountIDs) == 0 && len(grant.ConnectWebviewIDs) == 0 && grant.UserIdentityID == "" {
		return nil
	}
	return &grant
}
