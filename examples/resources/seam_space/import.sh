# A space is imported by its ID.
terraform import seam_space.lobby 2f5a6b7c-1111-4d4e-8f5a-0123456789ab
