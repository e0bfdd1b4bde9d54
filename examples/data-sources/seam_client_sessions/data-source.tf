terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

variable "lobby_webview_id" {
  type = string
}

# Every session that can see the lobby's Connect Webview, tokens included, in one call.
data "seam_client_sessions" "lobby" {
  connect_webview_id = var.lobby_webview_id
  include_tokens     = true
}

locals {
  # A map of user identifier key to token, for the sessions that have a key.
  tokens = {
    for s in data.seam_client_sessions.lobby.client_sessions : s.user_identifier_key => data.seam_client_sessions.lobby.tokens[s.id]
    if s.user_identifier_key != null
  }
}

# An audit, with no token in the state: the sessions that have no user identifier key.
data "seam_client_sessions" "without_key" {
  without_user_identifier_key = true
}

output "sessions_without_a_key" {
  value = [for s in data.seam_client_sessions.without_key.client_sessions : s.id]
}
