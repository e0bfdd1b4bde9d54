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

# Rotation without an outage: no user_identifier_key (Seam allows one session per key, so
# a successor could not have it) and create_before_destroy, so the new session and its
# token exist before the old session is deleted.
resource "seam_client_session" "signage" {
  connected_account_ids = [var.front_door_account_id]
  renew_before          = "720h"

  lifecycle {
    create_before_destroy = true
  }
}

# The token stays marked sensitive through outputs and arguments that the receiving
# provider marks sensitive. Do not pass it through terraform_data: Terraform prints the
# old value of its input in clear when it is replaced.
output "kiosk_token" {
  value     = seam_client_session.kiosk.token
  sensitive = true
}
