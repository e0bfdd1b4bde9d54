# What `make demo` applies against Seam's fake server, through dev_overrides: it reads the
# seeded session, and creates one that Terraform manages. (The fake has no delete route, so
# the demo does not destroy; its fake and its state go when it ends.)
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

# A session Terraform manages: created here, and read back by the data source below.
resource "seam_client_session" "kiosk" {
  user_identifier_key   = "lobby-kiosk-3"
  connected_account_ids = data.seam_client_session.by_user.connected_account_ids
  renew_before          = "720h"
}

data "seam_client_session" "kiosk" {
  client_session_id = seam_client_session.kiosk.id
}

output "kiosk" {
  value = {
    id                    = seam_client_session.kiosk.id
    user_identifier_key   = seam_client_session.kiosk.user_identifier_key
    connected_account_ids = seam_client_session.kiosk.connected_account_ids
    expires_at            = seam_client_session.kiosk.expires_at
    read_back_by_id       = data.seam_client_session.kiosk.user_identifier_key == "lobby-kiosk-3"
  }
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
