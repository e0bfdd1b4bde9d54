terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

# Every August lock of the workspace whose name starts with "Unit 4".
data "seam_devices" "unit_4_locks" {
  device_type = "august_lock"
  name_regex  = "^Unit 4"
}

output "unit_4_lock_ids" {
  value = data.seam_devices.unit_4_locks.device_ids
}
