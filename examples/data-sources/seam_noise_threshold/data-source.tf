terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

# One threshold, by its ID: its daily times and its level.
data "seam_noise_threshold" "quiet_hours" {
  noise_threshold_id = "4f8d2c1e-7a3b-4c5d-9e6f-0a1b2c3d4e5f"
}

output "quiet_from" {
  value = data.seam_noise_threshold.quiet_hours.starts_daily_at
}
