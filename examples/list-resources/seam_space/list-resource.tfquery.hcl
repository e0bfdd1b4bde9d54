# Spaces whose name, key or customer key holds "Building 7", with the devices each holds.
list "seam_space" "building_7" {
  provider         = seam
  include_resource = true
  config {
    search = "Building 7"
  }
}
