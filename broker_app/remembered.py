"""Which database files this installation has used, so a missing one is never silently replaced
by a new, empty database.

A small JSON file in the user config folder (``databases.json``) lists the files the window or
the command line opened, newest first. When a listed file is missing at start, the window asks
what to do and the command line refuses; only the very first start (nothing listed) creates a
database without asking. Not being able to read or write the list is logged, never fatal.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path

from broker_app.paths import user_config_dir

FILE_NAME = "databases.json"
KEEP = 20
log = logging.getLogger(__name__)


def _list_file() -> Path:
    return user_config_dir() / FILE_NAME


def _key(path: Path) -> str:
    return str(path.expanduser().resolve(strict=False))


def used_databases() -> list[str]:
    """The database files this installation opened, newest first."""
    try:
        data = json.loads(_list_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.warning("cannot read %s: %s", _list_file(), exc)
        return []
    used = data.get("used") if isinstance(data, dict) else None
    return [p for p in used if isinstance(p, str)] if isinstance(used, list) else []


def was_used(path: Path) -> bool:
    return _key(path) in used_databases()


def first_start() -> bool:
    """True while this installation has never opened a database."""
    return not used_databases()


def remember(path: Path) -> None:
    """Note ``path`` as used (first in the list); written atomically."""
    key = _key(path)
    used = [key] + [p for p in used_databases() if p != key]
    target = _list_file()
    temporary = target.with_name(target.name + ".tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps({"used": used[:KEEP]}, indent=2), encoding="utf-8")
        os.replace(temporary, target)
    except OSError as exc:
        log.warning("cannot write %s: %s", target, exc)
        with contextlib.suppress(OSError):
            temporary.unlink()
