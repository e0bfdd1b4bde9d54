terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

data "seam_connected_account" "front_desk" {
  connected_account_id = "1e4f5a6b-1111-4c3d-9e4f-0123456789ab"
}

output "provider" {
  value = data.seam_connected_account.front_desk.account_type_display_name
}
