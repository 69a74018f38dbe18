"""Catalogue use cases: import, export, search and the demo data."""
