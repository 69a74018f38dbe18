"""Table models and other pieces that pages share."""
