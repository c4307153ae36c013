"""Feedback analysis: requesting and running analyses, fraud checks, summaries, cleanup, metrics."""
