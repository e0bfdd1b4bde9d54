# Or, with Terraform 1.5 and later, an import block.
import {
  to = seam_client_session.kiosk
  id = "c2cbd177-1ace-414b-bb1e-9f129e4a05c1"
}
