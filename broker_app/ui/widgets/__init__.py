"""Small reusable widgets and item delegates of the window."""
