package useridentity

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// rotate says what create_before_destroy needs, for the key-taken error.
const rotate = "the old identity keeps the key until it is destroyed. Drop create_before_destroy, or give the successor " +
	"another user_identity_key."

// create makes the identity, never two. A key another identity has is an error that names it;
// the key is held against this configuration's other identities until the create is settled.
// A create whose answer was lost is never sent again: it is settled by the key, adopting only
// an identity that holds what was asked for, or, without a key, by the one new identity that
// does.
func (r *userIdentityResource) create(ctx context.Context, client *seam.Client, f seam.UserIdentityFields) (*seam.UserIdentity, diag.Diagnostics) {
	lost := shared.LostCreate[seam.UserIdentity]{Object: descriptor, Action: "Creating the user identity",
		Source: r.Provider.CredentialSource, Get: getIdentity}
	var d diag.Diagnostic
	if f.UserIdentityKey != nil {
		key := *f.UserIdentityKey
		lost.Action = fmt.Sprintf("Creating the user identity with %s %q", attrUserIdentityKey, key)
		defer r.Provider.HoldKey(descriptor, key)()
		d = lost.SettleByKey(ctx, client, r.keyCheck(), key, holdsFields(f))
	} else {
		d = lost.SettleByNewOne(ctx, client, "with the fields asked for", listIdentities(searchFor(f)), identityID, holdsFields(f))
	}
	if d != nil {
		return nil, diag.Diagnostics{d}
	}
	identity, err := client.CreateUserIdentity(ctx, f)
	var taken *seam.AlreadyExistsError
	switch {
	case err == nil:
		return identity, nil
	case errors.As(err, &taken) && f.UserIdentityKey != nil:
		// Made by someone else between the provider's check and its create.
		return nil, r.keyTaken(ctx, client, *f.UserIdentityKey, "", err)
	}
	return lost.Settle(ctx, client, err)
}

// keyTaken words Seam's refusal of a key another identity holds, naming that identity: on
// create (self "") or on an update of identity self.
func (r *userIdentityResource) keyTaken(ctx context.Context, client *seam.Client, key, self string, err error) diag.Diagnostics {
	check := r.keyCheck()
	holder, d := check.Holder(ctx, client, key)
	if taken := check.Taken(holder, key, self); taken != nil {
		return diag.Diagnostics{taken}
	}
	var diags diag.Diagnostics
	diags.Append(d, shared.APIErrorDiagnostic(fmt.Sprintf("Giving a user identity %s %q", attrUserIdentityKey, key), err,
		r.Provider.CredentialSource))
	return diags
}

// keyCheck checks that a user_identity_key is free before a create or a key change.
func (r *userIdentityResource) keyCheck() shared.KeyCheck[seam.UserIdentity] {
	return shared.KeyCheck[seam.UserIdentity]{Object: descriptor, KeyAttr: attrUserIdentityKey, Lookup: lookupKey, ID: identityID,
		Rotate: rotate, Source: r.Provider.CredentialSource}
}

// holdsFields: the identity holds exactly what the create asked for; a field left out is null.
func holdsFields(f seam.UserIdentityFields) func(*seam.UserIdentity) bool {
	same := func(got, want *string) bool { return (got == nil) == (want == nil) && (got == nil || *got == *want) }
	return func(u *seam.UserIdentity) bool {
		return same(u.UserIdentityKey, f.UserIdentityKey) && same(u.EmailAddress, f.EmailAddress) &&
			same(u.PhoneNumber, f.PhoneNumber) && same(u.FullName, f.FullName)
	}
}

// searchFor narrows the list of identities to those that may be the one asked for.
func searchFor(f seam.UserIdentityFields) string {
	for _, v := range []*string{f.EmailAddress, f.PhoneNumber, f.FullName} {
		if v != nil {
			return *v
		}
	}
	return ""
}

// lookupKey gets the identity with key, or nil when there is none.
func lookupKey(ctx context.Context, client *seam.Client, key string) (*seam.UserIdentity, error) {
	return shared.AbsentIfNotFound(client.GetUserIdentity(ctx, seam.UserIdentityLookup{UserIdentityKey: key}))
}

func listIdentities(search string) func(context.Context, *seam.Client) ([]seam.UserIdentity, error) {
	return func(ctx context.Context, client *seam.Client) ([]seam.UserIdentity, error) {
		return client.ListUserIdentities(ctx, seam.UserIdentityFilter{Search: search})
	}
}

func getIdentity(ctx context.Context, client *seam.Client, id string) (*seam.UserIdentity, error) {
	return client.GetUserIdentity(ctx, seam.UserIdentityLookup{UserIdentityID: id})
}
