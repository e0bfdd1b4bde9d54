terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

# Credentials are best left to the environment in pipelines:
#   export SEAM_API_KEY=seam_...
provider "seam" {}

# Or, with a personal access token, name the workspace it acts in:
provider "seam" {
  alias                 = "personal"
  personal_access_token = var.seam_personal_access_token
  workspace_id          = "b887bf84-9849-4454-a562-cf84293d9781"
  max_retries           = 4
  request_timeout       = "10s"
}

variable "seam_personal_access_token" {
  type      = string
  sensitive = true
}
