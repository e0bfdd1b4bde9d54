terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

variable "connect_webview_id" {
  type = string
}

data "seam_connect_webview" "jane" {
  connect_webview_id = var.connect_webview_id
}

output "status" {
  value = data.seam_connect_webview.jane.status
}
