# A webhook is imported by its ID; its secret is read back from Seam.
terraform import seam_webhook.ops wh_7f3a
