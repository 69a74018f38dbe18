"""Opening the database at the start of the window, with a quick health check.

:func:`open_checked` never creates a database unless asked to, and says in one word what is
wrong: ``missing``, ``damaged``, ``newer`` or ``cannot_open``. ``PRAGMA quick_check`` runs
before any migration (a damaged file is neither migrated nor copied over a good backup).

``quick_check`` reads the whole file (0.25 s for the 100,000-offering benchmark database): when
no migration is due, it may run on its own connection in a thread (:class:`BackgroundCheck`,
SQLite works without the interpreter lock) while the window is built, and the window waits for
its answer before it shows.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from broker_app.store.database import Store, StoreError
from broker_app.store.migrations import DatabaseTooNew, applied_names, build_migrations, migrate

log = logging.getLogger(__name__)

OK, MISSING, DAMAGED, NEWER, CANNOT_OPEN = "ok", "missing", "damaged", "newer", "cannot_open"


class BackgroundCheck:
    """``PRAGMA quick_check`` of ``path`` on its own connection, in a thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._problems: list[str] = []
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(str(self.path))
            try:
                self._problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
            finally:
                conn.close()
        except (sqlite3.Error, OSError) as exc:
            self._problems = [str(exc)]

    def problems(self) -> list[str]:
        """``['ok']`` when sound; waits for the check to end."""
        self._thread.join()
        return self._problems


@dataclass
class Opened:
    state: str
    path: Path
    store: Store | None = None  # only when ``state`` is OK
    detail: str = ""
    check: BackgroundCheck | None = None  # the quick_check still running, when asked for


def damaged(path: Path, problems: list[str]) -> Opened:
    log.warning("quick_check of %s: %s", path, problems[:5])
    return Opened(DAMAGED, path, detail="; ".join(problems[:3]))


def open_checked(path: Path, *, create: bool, check_in_background: bool = False) -> Opened:
    """The store over ``path`` after a quick integrity check and the migrations, or what is
    wrong. A missing file is created only when ``create`` is True. With
    ``check_in_background`` and no migration due, the check runs on while the caller goes on
    (``Opened.check``); the caller must ask its ``problems()`` before showing anything."""
    if not path.exists() and not create:
        return Opened(MISSING, path)
    store = Store(path, migrate_now=False)
    try:
        migrations = build_migrations()
        known = {m.name for m in migrations._migrations}
        unknown = [n for n in applied_names(store.db) if n not in known]
        if unknown:
            raise DatabaseTooNew(unknown)
        if check_in_background and not migrations.pending(store.db):
            return Opened(OK, path, store, check=BackgroundCheck(path))
        problems = store.integrity()
        if problems != ["ok"]:
            store.close()
            return damaged(path, problems)
        store.last_backup = migrate(store.db, store.path)
    except DatabaseTooNew as exc:
        store.close()
        return Opened(NEWER, path, detail=str(exc))
    except (StoreError, sqlite3.DatabaseError, OSError) as exc:  # not a database, malformed ...
        store.close()
        kind = exc.kind if isinstance(exc, StoreError) else StoreError.of(exc).kind
        log.warning("cannot open %s: %s", path, exc)
        return Opened(DAMAGED if kind == "damaged" else CANNOT_OPEN, path, detail=str(exc))
    return Opened(OK, path, store)
