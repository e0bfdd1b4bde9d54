# A person's access grants. No PIN code, client session token or Instant Key URL is ever in
# the results; they are read once a grant is imported.
list "seam_access_grant" "crew" {
  provider         = seam
  include_resource = true
  config {
    user_identity_id = "5d1a7c3e-4444-4b2a-8c1d-0123456789ab"
  }
}
