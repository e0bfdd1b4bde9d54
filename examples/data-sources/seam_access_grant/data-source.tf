terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

# An access grant by its key, with its access methods (their credentials sensitive).
data "seam_access_grant" "cleaning" {
  access_grant_key = "cleaning-building-7"
}

output "issued" {
  value = [for m in data.seam_access_grant.cleaning.access_methods : m.is_issued]
}
