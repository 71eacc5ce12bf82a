"""The Qt layer: thin, data-driven pages over the pure core."""
