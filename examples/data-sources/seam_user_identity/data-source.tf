terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

# Look a user identity up by the key your app gave it, or by its ID.
data "seam_user_identity" "jane" {
  user_identity_key = "app-user-42"
}

output "jane_display_name" {
  value = data.seam_user_identity.jane.display_name
}
