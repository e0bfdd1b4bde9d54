terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

# A space by its key, with the devices it holds.
data "seam_space" "lobby" {
  space_key = "building-7-lobby"
}

output "lobby_devices" {
  value = data.seam_space.lobby.device_ids
}
