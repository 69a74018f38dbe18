"""Small widgets the pages share (charts)."""
