# A client session is imported by its ID.
terraform import seam_client_session.kiosk c2cbd177-1ace-414b-bb1e-9f129e4a05c1
