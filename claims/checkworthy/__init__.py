"""Check-worthiness of unattributed statements: features, the calibrated classifier, its data and training."""
