# An access grant is imported by its ID; its access methods are read back from Seam.
terraform import seam_access_grant.cleaning 3a6b7c8d-1111-4e5f-9a6b-0123456789ab
