package useridentity

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
	"github.com/seamapi/terraform-provider-seam/internal/shared"
)

// create makes the identity. A key another identity has is an error that names it; a create
// whose answer was lost is settled by looking the key up, never by sending it again.
func (r *userIdentityResource) create(ctx context.Context, client *seam.Client, f seam.UserIdentityFields) (*seam.UserIdentity, diag.Diagnostics) {
	var diags diag.Diagnostics
	action := "Creating the user identity"
	if f.UserIdentityKey != nil {
		key := *f.UserIdentityKey
		action = fmt.Sprintf("Creating the user identity with %s %q", attrUserIdentityKey, key)
		existing, d := r.findByKey(ctx, client, key)
		if d != nil {
			diags.Append(d)
			return nil, diags
		}
		if existing != nil {
			diags.Append(alreadyExistsDiagnostic(key, existing.UserIdentityID))
			return nil, diags
		}
	}
	identity, err := client.CreateUserIdentity(ctx, f)
	switch {
	case err == nil:
		return identity, diags
	case !shared.MayHaveReachedSeam(err):
		diags.Append(shared.APIErrorDiagnostic(action, err, r.provider.CredentialSource))
		return nil, diags
	case f.UserIdentityKey == nil:
		diags.Append(shared.MaybeCreatedDiagnostic("user identity", resourceType, attrUserIdentityID, action, err,
			"Find it in Seam Console by its email address, phone number or name. Set user_identity_key on identities "+
				"Terraform creates, so that such a failure can be resolved on its own."))
		return nil, diags
	}
	ctx, cancel := shared.AfterInterrupt(ctx)
	defer cancel()
	found, d := r.findByKey(ctx, client, *f.UserIdentityKey)
	switch {
	case d != nil:
		diags.AddError("User identity may have been created",
			fmt.Sprintf("%s failed after the request may have reached Seam: %s. Looking it up under its key failed too: %s %s "+
				"Before applying again, check whether it exists (data \"seam_user_identity\" with user_identity_key = %q) "+
				"and import it if it does.", action, err, d.Summary(), d.Detail(), *f.UserIdentityKey))
		return nil, diags
	case found == nil:
		diags.AddError("User identity not created",
			fmt.Sprintf("%s failed: %s. Seam has no user identity with %s %q now, so the create did not take effect. "+
				"Apply again: the provider checks that the key is free before it creates.", action, err, attrUserIdentityKey, *f.UserIdentityKey))
		return nil, diags
	}
	diags.AddWarning("Adopted the user identity this create made",
		fmt.Sprintf("%s failed after the request reached Seam (%s), and Seam has user identity %q with that key now: the "+
			"create took effect, and the provider adopts it rather than make another.", action, err, found.UserIdentityID))
	return found, diags
}

// findByKey returns the workspace's identity with key, or nil when there is none.
func (r *userIdentityResource) findByKey(ctx context.Context, client *seam.Client, key string) (*seam.UserIdentity, diag.Diagnostic) {
	identity, err := client.GetUserIdentity(ctx, seam.UserIdentityLookup{UserIdentityKey: key})
	var notFound *seam.NotFoundError
	switch {
	case errors.As(err, &notFound):
		return nil, nil
	case err != nil:
		return nil, shared.APIErrorDiagnostic(fmt.Sprintf("Checking whether a user identity with %s %q exists", attrUserIdentityKey, key),
			err, r.provider.CredentialSource)
	}
	return identity, nil
}

func alreadyExistsDiagnostic(key, id string) diag.Diagnostic {
	return diag.NewAttributeErrorDiagnostic(path.Root(attrUserIdentityKey), "User identity already exists",
		fmt.Sprintf("This workspace already has a user identity with %[1]s %[2]q: %[3]s. Seam allows one user identity per "+
			"%[1]s. If another resource of this configuration manages it, give this one another %[1]s. If nothing in "+
			"Terraform manages it, import it into this resource,\n\n"+
			"import {\n  to = seam_user_identity.<this resource's name>\n  id = %[3]q\n}\n\n"+
			"or run terraform import seam_user_identity.<name> %[3]s.", attrUserIdentityKey, key, id))
}
