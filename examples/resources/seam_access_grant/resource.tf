terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

variable "lobby_space_id" {
  type = string
}

resource "seam_user_identity" "cleaner" {
  user_identity_key = "cleaning-crew-3"
  full_name         = "Cleaning crew"
}

# The cleaning crew may open the lobby next week, with a PIN code Seam generates and a mobile
# key for their phones. Its name, key and times change in place; anything else replaces it.
resource "seam_access_grant" "cleaning" {
  user_identity_id = seam_user_identity.cleaner.user_identity_id
  space_ids        = [var.lobby_space_id]
  access_grant_key = "cleaning-building-7"
  name             = "Cleaning, week 50"
  starts_at        = "2026-12-07T06:00:00Z"
  ends_at          = "2026-12-14T06:00:00Z"
  requested_access_methods = [
    { mode = "code" },
    { mode = "mobile_key" },
  ]
}

# The PIN code and the Instant Key URL are credentials: sensitive, read them only where they go.
output "pin_code" {
  value     = [for m in seam_access_grant.cleaning.access_methods : m.code if m.mode == "code"][0]
  sensitive = true
}
