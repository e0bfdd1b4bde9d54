terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

# Tell the operator when accounts connect, disconnect or need re-authorisation.
# event_types is updated in place; a new url replaces the webhook and its secret.
resource "seam_webhook" "ops" {
  url = "https://ops.example.com/seam-events"
  event_types = [
    "connected_account.connected",
    "connected_account.disconnected",
    "connected_account.completed_first_sync",
  ]
}

# The secret verifies that events came from Seam: hand it to the receiver, not to an output.
output "webhook_id" {
  value = seam_webhook.ops.webhook_id
}
