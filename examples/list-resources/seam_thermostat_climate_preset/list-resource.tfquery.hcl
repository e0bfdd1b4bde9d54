# The presets of one thermostat, those it came with among them, to adopt with import blocks.
list "seam_thermostat_climate_preset" "hallway" {
  provider         = seam
  include_resource = true

  config {
    device_id = "ecobee_device_1"
  }
}
