"""Ways to run the pipeline beyond one loop: a per-file time budget, worker pools, `stance classify` in
blocks, the Parquet dataset layout, and the Dask driver (an optional extra)."""
