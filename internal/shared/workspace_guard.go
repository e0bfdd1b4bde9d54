package shared

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// WorkspaceGuard keeps a managed object from being taken for gone when the credential now
// acts in another workspace than the one the object was made in (Had, which the state
// records): Seam would answer "not found", and Terraform would forget the object, still live,
// or make a second one. Every Read and Delete asks it.
type WorkspaceGuard struct {
	Object Descriptor
	ID     string
	// Had is the workspace the state records, or "" when state written before the provider
	// recorded it says nothing.
	Had    string
	Client *seam.Client
	Source Source
}

// Local is the check that needs no call: a personal access token names its workspace.
// Checked before anything is asked of Seam.
func (g WorkspaceGuard) Local() diag.Diagnostics {
	if now := g.Client.Credential().WorkspaceID(); now != "" {
		return g.compare(now)
	}
	return nil
}

// NotFound is the check when Seam answers that the object does not exist: for an API key (or
// a client session token) it asks Seam which workspace the credential acts in, once per run.
// A failure to learn it is an error too: the provider cannot tell a deletion from a switch.
func (g WorkspaceGuard) NotFound(ctx context.Context) diag.Diagnostics {
	if g.Had == "" {
		return nil
	}
	now, err := g.Client.Workspace(ctx)
	if err != nil {
		return diag.Diagnostics{APIErrorDiagnostic(fmt.Sprintf("Seam answered that %s %q does not exist. Telling whether it "+
			"was deleted or the credential now acts in another workspace than %q: asking Seam for the credential's workspace",
			g.Object.Noun, g.ID, g.Had), err, g.Source)}
	}
	return g.compare(now)
}

func (g WorkspaceGuard) compare(now string) diag.Diagnostics {
	if g.Had == "" || now == g.Had {
		return nil
	}
	return diag.Diagnostics{diag.NewErrorDiagnostic(g.Object.Title()+" is in another workspace",
		fmt.Sprintf("%s %q belongs to workspace %q, but the provider now acts in workspace %q (with the credential from %s). "+
			"Terraform cannot read, replace or delete it from there, and the %s and what it grants stay live in %q. Use a "+
			"credential of workspace %q again (for a personal access token, set %s back to %q), or, to leave it behind on "+
			"purpose, take it out of the state first (a removed block, or terraform state rm).",
			g.Object.Title(), g.ID, g.Had, now, g.Source, g.Object.Noun, g.Had, g.Had, SettingWorkspaceID.Attr, g.Had))}
}
