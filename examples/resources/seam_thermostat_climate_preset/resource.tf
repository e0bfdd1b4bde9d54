terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

data "seam_devices" "thermostats" {
  device_type = "ecobee_thermostat"
}

# An energy-saving preset on every thermostat, which each falls back to while its unit is
# unoccupied, and a comfortable one for guests.
resource "seam_thermostat_climate_preset" "eco" {
  for_each = toset(data.seam_devices.thermostats.device_ids)

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
  for_each = toset(data.seam_devices.thermostats.device_ids)

  device_id                    = each.value
  climate_preset_key           = "comfort"
  name                         = "Comfort"
  climate_preset_mode          = "occupied"
  hvac_mode_setting            = "heat_cool"
  heating_set_point_fahrenheit = 70
  cooling_set_point_fahrenheit = 76
  fan_mode_setting             = "auto"
}
