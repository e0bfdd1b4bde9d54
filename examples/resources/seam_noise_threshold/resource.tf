terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

data "seam_devices" "sensors" {
  device_type = "minut_sensor"
}

# Quiet hours on every noise sensor: 70 dB from 22:00 to 07:00, Paris time. Each write waits
# until the sensor has taken it; a sensor that is offline fails the apply, and the next apply
# tries again.
resource "seam_noise_threshold" "quiet_hours" {
  for_each = toset(data.seam_devices.sensors.device_ids)

  device_id                = each.value
  name                     = "Quiet hours"
  starts_daily_at          = "22:00:00[Europe/Paris]"
  ends_daily_at            = "07:00:00[Europe/Paris]"
  noise_threshold_decibels = 70

  timeouts = {
    create = "5m"
  }
}
