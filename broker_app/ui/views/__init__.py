"""Pages of the main window, one module per page; reusable pieces live in ``partials``."""
