"""Stage 2, extraction: quote spans, direct cues, reported speech, speakers and coreference.

Rule tables live in `tables.py` and `data/`; `voices.extract_voices` runs the stage on one article.
"""
