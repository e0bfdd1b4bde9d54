terraform {
  required_providers {
    seam = {
      source = "seamapi/seam"
    }
  }
}

provider "seam" {}

# Look a session up by the user identifier key your app gave it...
data "seam_client_session" "by_user" {
  user_identifier_key = "jane_doe"
}

# ...or by its ID.
data "seam_client_session" "by_id" {
  client_session_id = "c2cbd177-1ace-414b-bb1e-9f129e4a05c1"
}

# Hand the token to whatever needs it: here a terraform_data stands in for your
# secret store or your app's environment (a kubernetes_secret, a vault_kv_secret_v2...).
resource "terraform_data" "app_environment" {
  input = {
    SEAM_CLIENT_SESSION_TOKEN = data.seam_client_session.by_user.token
    SEAM_CONNECTED_ACCOUNTS   = join(",", data.seam_client_session.by_user.connected_account_ids)
    SEAM_SESSION_EXPIRES_AT   = data.seam_client_session.by_user.expires_at
  }
}

output "session_by_id_device_count" {
  value = data.seam_client_session.by_id.device_count
}
