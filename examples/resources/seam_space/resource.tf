terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

# Every August lock of the front desk's account, wherever Seam finds them.
data "seam_devices" "front_locks" {
  connected_account_id = var.front_desk_account_id
  device_type          = "august_lock"
}

variable "front_desk_account_id" {
  type = string
}

# The lobby holds those locks. Its name, key, devices and entrances change in place; a lock
# added to the space outside Terraform shows in the next plan.
resource "seam_space" "lobby" {
  name       = "Lobby"
  space_key  = "building-7-lobby"
  device_ids = data.seam_devices.front_locks.device_ids
}
