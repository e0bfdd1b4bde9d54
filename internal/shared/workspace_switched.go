package shared

import (
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/seamapi/terraform-provider-seam/internal/seam"
)

// WorkspaceSwitched is an error when the credential names a workspace (a personal access
// token's workspace_id) that is not the one the object in the state belongs to: Seam would
// answer "not found", and the object would be forgotten, still live, in its own workspace.
// object is the noun as written mid-sentence ("client session", "webhook").
func WorkspaceSwitched(object, id, had string, credential seam.Credential, src Source) diag.Diagnostic {
	want := credential.WorkspaceID()
	if want == "" || had == "" || want == had {
		return nil
	}
	title := strings.ToUpper(object[:1]) + object[1:]
	return diag.NewErrorDiagnostic(title+" is in another workspace",
		fmt.Sprintf("%s %q belongs to workspace %q, but the provider now acts in workspace %q (%s, with the credential "+
			"from %s). Terraform cannot read, replace or delete it from there, and the %s and what it grants stay live in %q. Set %s back to "+
			"%q, or, to leave it behind on purpose, take it out of the state first (a removed block, or terraform state rm).",
			title, id, had, want, SettingWorkspaceID.Attr, src, object, had, SettingWorkspaceID.Attr, had))
}
