# A user identity is imported by its ID.
terraform import seam_user_identity.jane 5d1a7c3e-4444-4b2a-8c1d-0123456789ab
