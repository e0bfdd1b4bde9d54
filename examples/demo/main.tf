# What `make demo` applies against Seam's fake server, through dev_overrides.
# Credentials and endpoint come from SEAM_API_KEY and SEAM_ENDPOINT.
terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

data "seam_client_session" "by_user" {
  user_identifier_key = "john_user_identifier_key"
}

data "seam_client_session" "by_id" {
  client_session_id = data.seam_client_session.by_user.client_session_id
}

output "session" {
  value = {
    id                    = data.seam_client_session.by_user.id
    user_identifier_key   = data.seam_client_session.by_user.user_identifier_key
    workspace_id          = data.seam_client_session.by_user.workspace_id
    created_at            = data.seam_client_session.by_user.created_at
    expires_at            = data.seam_client_session.by_user.expires_at
    device_count          = data.seam_client_session.by_user.device_count
    connected_account_ids = data.seam_client_session.by_user.connected_account_ids
    connect_webview_ids   = data.seam_client_session.by_user.connect_webview_ids
    same_session_by_id    = data.seam_client_session.by_id.id == data.seam_client_session.by_user.id
  }
}

output "token" {
  value     = data.seam_client_session.by_user.token
  sensitive = true
}
