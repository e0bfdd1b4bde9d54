terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

# One end user of your app: client sessions and Connect Webviews refer to it. Every
# argument is updated in place.
resource "seam_user_identity" "jane" {
  user_identity_key = "app-user-42"
  email_address     = "jane@example.com"
  phone_number      = "+15555550100"
  full_name         = "Jane Doe"
}

output "jane_user_identity_id" {
  value = seam_user_identity.jane.user_identity_id
}
