# The story for three tenants: each has a user identity, a Connect Webview, a client session
# for both (with a key), and a webhook. Credentials and endpoint come from the environment.
terraform {
  required_providers {
    seam = { source = "seamapi/seam" }
  }
}

provider "seam" {}

variable "run" {
  type        = string
  description = "What makes this run's keys its own."
}

locals {
  tenants = toset(["north", "south", "east"])
}

resource "seam_user_identity" "tenant" {
  for_each          = local.tenants
  user_identity_key = "${var.run}-${each.key}"
  email_address     = "${each.key}-${var.run}@example.com"
  full_name         = "Tenant ${each.key}"
}

resource "seam_connect_webview" "tenant" {
  for_each            = local.tenants
  accepted_providers  = ["august"]
  custom_redirect_url = "https://${each.key}.example.com/connected"
  custom_metadata = {
    tenant = each.key
  }
}

resource "seam_client_session" "tenant" {
  for_each            = local.tenants
  user_identifier_key = "${var.run}-${each.key}-app"
  user_identity_id    = seam_user_identity.tenant[each.key].user_identity_id
  connect_webview_ids = [seam_connect_webview.tenant[each.key].connect_webview_id]
}

resource "seam_webhook" "tenant" {
  for_each    = local.tenants
  url         = "https://${each.key}.example.com/seam-events"
  event_types = ["connected_account.connected", "connected_account.disconnected"]
}
