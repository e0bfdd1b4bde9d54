# Sessions an app made for one of its users: `terraform query -generate-config-out=adopted.tf`
# writes a resource and an import block for each, to adopt with `terraform apply`.
list "seam_client_session" "app_made" {
  provider         = seam
  include_resource = true
  config {
    user_identifier_key = "jane_doe"
  }
}
