# User identities whose key, email address, phone number or name holds "example.com".
list "seam_user_identity" "staff" {
  provider         = seam
  include_resource = true
  config {
    search = "example.com"
  }
}
