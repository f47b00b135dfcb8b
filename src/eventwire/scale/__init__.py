"""Running eventwire on a cluster (Ray) and loading what it wrote."""
