# A noise threshold is imported by its ID, a sensor's own thresholds among them.
terraform import seam_noise_threshold.quiet_hours 4f8d2c1e-7a3b-4c5d-9e6f-0a1b2c3d4e5f
