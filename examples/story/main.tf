# One end user's setup, end to end: their user identity, the Connect Webview through which
# they connect their lock account, the client session their app holds (for both), and the
# webhook that tells the operator when accounts connect, disconnect or need re-authorisation.
# Credentials and endpoint come from SEAM_API_KEY and SEAM_ENDPOINT.
terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

variable "user_key" {
  type        = string
  default     = "app-user-42"
  description = "Your app's own ID for the end user."
}

resource "seam_user_identity" "jane" {
  user_identity_key = var.user_key
  email_address     = "jane@example.com"
  full_name         = "Jane Doe"
}

resource "seam_connect_webview" "jane" {
  accepted_providers  = ["august", "schlage"]
  custom_redirect_url = "https://example.com/connected"
  custom_metadata = {
    user_identity_id = seam_user_identity.jane.user_identity_id
  }
}

# When Jane logs in through the webview, Seam gives the session her connected account:
# that is the webview's doing, and the next plan changes nothing.
resource "seam_client_session" "jane" {
  user_identity_id    = seam_user_identity.jane.user_identity_id
  connect_webview_ids = [seam_connect_webview.jane.connect_webview_id]
  renew_before        = "720h"
}

resource "seam_webhook" "ops" {
  url = "https://ops.example.com/seam-events"
  event_types = [
    "connected_account.connected",
    "connected_account.disconnected",
    "connected_account.completed_first_sync",
  ]
}

output "connect_url" {
  description = "The page to send Jane to: a bearer link (it carries an auth_token), so sensitive."
  value       = seam_connect_webview.jane.url
  sensitive   = true
}

# Only what the login leaves as it is: what it changes (the webview's status, the session's
# connected accounts) is read at each refresh, and an output of it would show as a change.
output "jane" {
  value = {
    user_identity_id   = seam_user_identity.jane.user_identity_id
    display_name       = seam_user_identity.jane.display_name
    client_session_id  = seam_client_session.jane.client_session_id
    connect_webview_id = seam_connect_webview.jane.connect_webview_id
    webhook_id         = seam_webhook.ops.webhook_id
  }
}

output "client_session_token" {
  value     = seam_client_session.jane.token
  sensitive = true
}
