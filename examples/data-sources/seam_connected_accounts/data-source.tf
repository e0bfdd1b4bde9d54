terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

# Every account a customer's end users connected.
data "seam_connected_accounts" "north" {
  customer_key = "customer-north"
}

output "north_account_ids" {
  value = data.seam_connected_accounts.north.connected_account_ids
}
