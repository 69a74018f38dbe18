"""Proposals: building, pricing, sending (freezing) and, later, rendering them as PDF."""
