"""Opleidingsmakelaar: offline catalogue, matching and proposals for education brokers."""

__version__ = "0.1.0"
