# A Connect Webview is imported by its ID.
terraform import seam_connect_webview.jane 0b6f7a8e-1111-4c3d-9e2f-0123456789ab
