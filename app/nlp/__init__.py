"""Quote extraction and attribution as spaCy components; see `pipeline.build_pipeline`."""
