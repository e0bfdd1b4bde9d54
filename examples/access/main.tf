# Access, declared: a person, the lobby that holds two locks, and the person's access to it
# for a week, by PIN code and mobile key. Credentials and endpoint come from SEAM_API_KEY and
# SEAM_ENDPOINT.
terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

variable "person_key" {
  type        = string
  default     = "cleaning-crew-3"
  description = "Your app's own ID for the person."
}

variable "starts_at" {
  type        = string
  default     = "2030-01-07T06:00:00Z"
  description = "When the access starts (RFC 3339)."
}

variable "ends_at" {
  type        = string
  default     = "2030-01-14T06:00:00Z"
  description = "When the access ends (RFC 3339); changing it updates the grant in place."
}

resource "seam_user_identity" "crew" {
  user_identity_key = var.person_key
  full_name         = "Cleaning crew"
}

# The locks are found, not pasted: every August lock Seam knows in the workspace.
data "seam_devices" "locks" {
  device_type = "august_lock"
}

resource "seam_space" "lobby" {
  name       = "Lobby"
  space_key  = "${var.person_key}-lobby"
  device_ids = data.seam_devices.locks.device_ids
}

resource "seam_access_grant" "crew" {
  user_identity_id = seam_user_identity.crew.user_identity_id
  space_ids        = [seam_space.lobby.space_id]
  access_grant_key = "${var.person_key}-lobby"
  name             = "Cleaning crew, lobby"
  starts_at        = var.starts_at
  ends_at          = var.ends_at
  requested_access_methods = [
    { mode = "code" },
    { mode = "mobile_key" },
  ]
}

output "access" {
  value = {
    access_grant_id   = seam_access_grant.crew.access_grant_id
    space_id          = seam_space.lobby.space_id
    devices           = seam_space.lobby.device_ids
    access_method_ids = seam_access_grant.crew.access_method_ids
  }
}

# What the person needs: credentials, so sensitive. `terraform output -raw pin_code`.
output "pin_code" {
  value     = one([for m in seam_access_grant.crew.access_methods : m.code if m.mode == "code"])
  sensitive = true
}

output "instant_key_url" {
  value     = seam_access_grant.crew.instant_key_url
  sensitive = true
}
