terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

variable "front_door_account_id" {
  type = string
}

# A client session for the lobby kiosk, renewed when it has 30 days or less left.
resource "seam_client_session" "kiosk" {
  user_identifier_key   = "lobby-kiosk-3"
  connected_account_ids = [var.front_door_account_id]
  renew_before          = "720h"
}

# Hand the token to what needs it: here a terraform_data stands in for your secret store or
# your app's environment (a kubernetes_secret, a vault_kv_secret_v2...).
resource "terraform_data" "kiosk_environment" {
  input = {
    SEAM_CLIENT_SESSION_TOKEN = seam_client_session.kiosk.token
    SEAM_SESSION_EXPIRES_AT   = seam_client_session.kiosk.expires_at
  }
}
