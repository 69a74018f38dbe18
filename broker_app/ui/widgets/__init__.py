"""Small reusable widgets of the window (charts, chips, score bars)."""
