"""Small reusable widgets and item delegates of the window (charts, chips, score bars)."""
