# Every webhook of the workspace; their signing secrets are never in the results.
list "seam_webhook" "all" {
  provider         = seam
  include_resource = true
}
