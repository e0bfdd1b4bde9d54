# The thresholds of one sensor, those it came with among them, to adopt with import blocks.
list "seam_noise_threshold" "lounge" {
  provider         = seam
  include_resource = true

  config {
    device_id = "minut_device_1"
  }
}
