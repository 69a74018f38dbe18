"""Opening the database at the start of the window, with a quick health check first.

:func:`open_checked` never creates a database unless asked to, runs ``PRAGMA quick_check``
before migrating (so a damaged file is neither migrated nor copied over a good backup), and
says in one word what is wrong: ``missing``, ``damaged``, ``newer`` or ``cannot_open``.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from broker_app.store.database import Store, StoreError
from broker_app.store.migrations import DatabaseTooNew, migrate

log = logging.getLogger(__name__)

OK, MISSING, DAMAGED, NEWER, CANNOT_OPEN = "ok", "missing", "damaged", "newer", "cannot_open"


@dataclass
class Opened:
    state: str
    path: Path
    store: Store | None = None  # only when ``state`` is OK
    detail: str = ""


def open_checked(path: Path, *, create: bool) -> Opened:
    """The store over ``path`` after a quick integrity check and the migrations, or what is
    wrong. A missing file is created only when ``create`` is True."""
    if not path.exists() and not create:
        return Opened(MISSING, path)
    try:
        store = Store(path, migrate_now=False)
    except StoreError as exc:  # pragma: no cover - Store() opens lazily
        return Opened(DAMAGED if exc.kind == "damaged" else CANNOT_OPEN, path, detail=str(exc))
    try:
        problems = store.integrity()
        if problems != ["ok"]:
            store.close()
            log.warning("quick_check of %s: %s", path, problems[:5])
            return Opened(DAMAGED, path, detail="; ".join(problems[:3]))
        store.last_backup = migrate(store.db, store.path)
    except DatabaseTooNew as exc:
        store.close()
        return Opened(NEWER, path, detail=str(exc))
    except StoreError as exc:
        store.close()
        return Opened(DAMAGED if exc.kind == "damaged" else CANNOT_OPEN, path, detail=str(exc))
    except (sqlite3.DatabaseError, OSError) as exc:  # not a database, malformed, unable to open
        store.close()
        kind = StoreError(str(exc)).kind
        log.warning("cannot open %s: %s", path, exc)
        return Opened(DAMAGED if kind == "damaged" else CANNOT_OPEN, path, detail=str(exc))
    return Opened(OK, path, store)
