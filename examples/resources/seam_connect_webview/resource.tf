terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

# The page on which an end user connects their lock account. Seam has no update route:
# changing any argument makes a new webview (and a new url). The end user's login changes
# status and connected_account_id on Seam's side; the next plan reads them, and changes nothing.
resource "seam_connect_webview" "jane" {
  accepted_providers  = ["august", "schlage"]
  custom_redirect_url = "https://example.com/connected"
  custom_metadata = {
    tenant = "lobby"
  }
}

# The url carries an auth_token: anyone with it can connect an account to the workspace.
# It is sensitive; read it with `terraform output -raw connect_url` and hand it to the end
# user through a secret channel.
output "connect_url" {
  value     = seam_connect_webview.jane.url
  sensitive = true
}

output "connected_account_id" {
  value = seam_connect_webview.jane.connected_account_id
}
