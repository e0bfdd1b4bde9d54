terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

variable "webhook_id" {
  type = string
}

data "seam_webhook" "ops" {
  webhook_id = var.webhook_id
}

output "event_types" {
  value = data.seam_webhook.ops.event_types
}
