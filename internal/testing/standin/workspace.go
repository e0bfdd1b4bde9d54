package standin

import "net/http"

// workspaceOf answers /workspaces/get: the caller's workspace, as Seam's schema has it.
func workspaceOf(who caller) answer {
	return ok(map[string]any{"workspace": map[string]any{
		"workspace_id": who.workspaceID, "name": "Stand-in workspace " + who.workspaceID, "company_name": "Stand-in",
		"is_sandbox": true, "connect_webview_customization": map[string]any{}, "is_suspended": false,
		"connect_partner_name": nil, "is_publishable_key_auth_enabled": false, "organization_id": nil,
	}})
}

// The rules the routes of this file follow.
const (
	workspaceOfCredential Rule = "/workspaces/get answers the credential's workspace"
)

// Each rule's entry in the ledger: the sentence of Seam's it rests on, or what it assumes.
func init() {
	record(map[Rule]Source{
		workspaceOfCredential: {Path: "/workspaces/get",
			Says: "Returns the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value."},
	})
}

// The routes this file serves, by path, and the rules each follows.
func init() {
	serve(map[string]servedRoute{
		"/workspaces/get": {serve: func(_ *Server, who caller, _ *http.Request, _ params) answer { return workspaceOf(who) },
			rules: []Rule{workspaceOfCredential}},
	})
}
