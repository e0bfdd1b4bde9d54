# Fleet settings, declared: quiet hours on every noise sensor of the workspace, and an Eco and a
# Comfort climate preset on every thermostat, each thermostat falling back to Eco while its unit
# is unoccupied. Devices are found, not pasted: adding a sensor or a thermostat to the
# workspace adds its settings at the next apply. Credentials and endpoint come from
# SEAM_API_KEY and SEAM_ENDPOINT.
terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

variable "quiet_decibels" {
  type        = number
  default     = 70
  description = "The noise level tolerated during quiet hours, in decibels; changing it updates every sensor in place."
}

variable "time_zone" {
  type        = string
  default     = "Europe/Paris"
  description = "The IANA time zone of the quiet hours."
}

data "seam_devices" "all" {}

locals {
  noise_sensor_types = ["minut_sensor", "noiseaware_activity_zone"]
  thermostat_types   = ["ecobee_thermostat", "nest_thermostat", "honeywell_resideo_thermostat", "tado_thermostat", "sensi_thermostat", "smartthings_thermostat"]

  noise_sensors = toset([for d in data.seam_devices.all.devices : d.device_id if contains(local.noise_sensor_types, d.device_type)])
  thermostats   = toset([for d in data.seam_devices.all.devices : d.device_id if contains(local.thermostat_types, d.device_type)])
}

# Quiet hours, 22:00 to 07:00: each write waits until the sensor has taken it.
resource "seam_noise_threshold" "quiet_hours" {
  for_each = local.noise_sensors

  device_id                = each.value
  name                     = "Quiet hours"
  starts_daily_at          = "22:00:00[${var.time_zone}]"
  ends_daily_at            = "07:00:00[${var.time_zone}]"
  noise_threshold_decibels = var.quiet_decibels

  timeouts = {
    create = "5m"
    update = "5m"
  }
}

resource "seam_thermostat_climate_preset" "eco" {
  for_each = local.thermostats

  device_id                 = each.value
  climate_preset_key        = "eco"
  name                      = "Eco"
  climate_preset_mode       = "unoccupied"
  hvac_mode_setting         = "heat_cool"
  heating_set_point_celsius = 16
  cooling_set_point_celsius = 28
  fallback                  = true
}

resource "seam_thermostat_climate_preset" "comfort" {
  for_each = local.thermostats

  device_id                 = each.value
  climate_preset_key        = "comfort"
  name                      = "Comfort"
  climate_preset_mode       = "occupied"
  hvac_mode_setting         = "heat_cool"
  heating_set_point_celsius = 21
  cooling_set_point_celsius = 24
  fan_mode_setting          = "auto"
}

output "quiet_hours" {
  description = "Each noise sensor's quiet-hours threshold."
  value       = { for device, t in seam_noise_threshold.quiet_hours : device => t.noise_threshold_id }
}

output "fallbacks" {
  description = "Each thermostat's fallback preset."
  value       = { for device, p in seam_thermostat_climate_preset.eco : device => p.climate_preset_key if p.fallback }
}
