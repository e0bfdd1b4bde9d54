# A climate preset is imported by its thermostat's device ID and its key, joined by "/".
terraform import seam_thermostat_climate_preset.eco 0d3e4f5a-9999-4b2c-8d3e-0123456789ab/eco
