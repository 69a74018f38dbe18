"""Matching: from an employer's demand to a ranked, explained shortlist."""
