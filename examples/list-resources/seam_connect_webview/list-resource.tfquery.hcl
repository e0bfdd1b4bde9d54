# A customer's Connect Webviews. Their login urls carry an auth_token: never in the results.
list "seam_connect_webview" "north" {
  provider         = seam
  include_resource = true
  config {
    customer_key = "customer-north"
  }
}
