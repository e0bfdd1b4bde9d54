package standin

// workspaceOf answers /workspaces/get: the caller's workspace, as Seam's schema has it.
func workspaceOf(who caller) answer {
	return ok(map[string]any{"workspace": map[string]any{
		"workspace_id": who.workspaceID, "name": "Stand-in workspace " + who.workspaceID, "company_name": "Stand-in",
		"is_sandbox": true, "connect_webview_customization": map[string]any{}, "is_suspended": false,
		"connect_partner_name": nil, "is_publishable_key_auth_enabled": false, "organization_id": nil,
	}})
}
