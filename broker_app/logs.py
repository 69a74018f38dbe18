"""Logging to a rotating file in the user's log folder (a windowed build has no console).

``setup_logging()`` is called once at the start of the command line (``cli.main``), which also
starts the window. The file is ``opleidingsmakelaar.log`` in ``platformdirs.user_log_dir``
(see docs/logging.md); it rotates at 2 MB and keeps 5 older files (12 MB at most). When the log
folder cannot be written, the file goes to the temporary folder instead, so a traceback is never
lost and never printed on the screen. A hard crash of the interpreter (a fault in Qt or SQLite)
is written by :mod:`faulthandler` to ``opleidingsmakelaar-fatal.log`` beside it.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import platform
import tempfile
from pathlib import Path
from typing import IO

from broker_app.paths import user_log_dir

LOG_FILE_NAME = "opleidingsmakelaar.log"
FATAL_FILE_NAME = "opleidingsmakelaar-fatal.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

_active: Path | None = None  # the file the handler writes, once set up
_fatal: IO[str] | None = None


def log_file() -> Path:
    """The log file in use (or the one that will be used)."""
    return _active or user_log_dir() / LOG_FILE_NAME


def log_folder() -> Path:
    return log_file().parent


def _handler(path: Path) -> logging.Handler | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Attach the rotating file handler once; the file, or None when no file can be written."""
    global _active
    root = logging.getLogger("broker_app")
    if _active is not None and any(
        isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers
    ):
        return _active
    fallback = Path(tempfile.gettempdir()) / "Opleidingsmakelaar" / LOG_FILE_NAME
    for path in (user_log_dir() / LOG_FILE_NAME, fallback):
        handler = _handler(path)
        if handler is not None:
            break
    else:
        # Nowhere to write: keep tracebacks off the screen all the same (without a handler,
        # logging's last resort would print them on stderr).
        root.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    _active = path
    _enable_faulthandler(path.parent / FATAL_FILE_NAME)
    return path


def _enable_faulthandler(path: Path) -> None:
    global _fatal
    if _fatal is not None or faulthandler.is_enabled():  # (pytest enables it for itself)
        return
    try:
        _fatal = path.open("a", encoding="utf-8")
        faulthandler.enable(file=_fatal)
    except (OSError, RuntimeError, ValueError):
        _fatal = None


def reset_logging() -> None:
    """Detach the file handler (tests that point the log folder elsewhere)."""
    global _active, _fatal
    root = logging.getLogger("broker_app")
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler | logging.NullHandler):
            root.removeHandler(handler)
            handler.close()
    _active = None
    if _fatal is not None:
        faulthandler.disable()
        _fatal.close()
        _fatal = None


def log_start(
    face: str, version: str, db_path: Path | None = None, schema: int | None = None
) -> None:
    """One line of facts at each start: what runs, where its database is, on what."""
    logging.getLogger("broker_app").info(
        "start %s: Opleidingsmakelaar %s, Python %s, %s; database %s (schema %s)",
        face,
        version,
        platform.python_version(),
        platform.platform(terse=True),
        db_path or "-",
        schema if schema is not None else "-",
    )


def uncaught(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
    """Log an exception nobody caught, with its traceback (sys.excepthook's arguments)."""
    logging.getLogger("broker_app").critical(
        "unexpected error: %s",
        exc,
        exc_info=(exc_type, exc, tb),  # type: ignore[arg-type]
    )
