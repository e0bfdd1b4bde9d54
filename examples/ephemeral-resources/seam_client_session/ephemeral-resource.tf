terraform {
  # Terraform 1.10 has ephemeral resources; OpenTofu only from 1.11, and both read this constraint.
  required_version = ">= 1.11"
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

# The workspace's own credential, from SEAM_API_KEY.
provider "seam" {}

# Read Jane's session without writing its token to the plan or the state.
ephemeral "seam_client_session" "jane" {
  user_identifier_key = "jane_doe"
}

# Act as Jane: a second provider configured with her session's token, which Terraform
# holds in memory only for this run.
provider "seam" {
  alias                = "jane"
  client_session_token = ephemeral.seam_client_session.jane.token
}

# Through it, read Jane's own session: a client session token needs no lookup key.
ephemeral "seam_client_session" "as_jane" {
  provider = seam.jane
}
