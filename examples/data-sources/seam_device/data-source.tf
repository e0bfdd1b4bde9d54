terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

# A lock by the name it goes by (display name, nickname, or its provider's name): it must be
# the only device with that name.
data "seam_device" "front_door" {
  name = "Front Door"
}

output "front_door_id" {
  value = data.seam_device.front_door.device_id
}
