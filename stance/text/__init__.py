"""Stage 1, text: list and read inputs, decode them, clean them into articles."""
