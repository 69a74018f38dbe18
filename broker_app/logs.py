"""Logging to a rotating file in the user's log folder (a windowed build has no console)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from broker_app.paths import user_log_dir

LOG_FILE_NAME = "opleidingsmakelaar.log"


def log_file() -> Path:
    return user_log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Attach the rotating file handler once; the file, or None when it cannot be written."""
    root = logging.getLogger("broker_app")
    path = log_file()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
