"""The erasure register: which clients' personal data were erased, kept OUTSIDE the database.

A restore puts an older copy of the database in place, and that copy still holds the personal
data of a client erased since (and no trace of the erasure in its audit log). So every erasure
is also written to ``erasures.json`` beside the database (in the folder that holds
``backups/``), which a restore does not touch; after a restore (and at every opening) the
erasure is applied again to the clients the register names that the database holds and has
not erased itself (``privacy.reapply_erasures``).

The register holds ids and dates only, never a name: an id says nothing without the database.

Order and crashes: the entry is written (and fsynced) **before** the erasure's transaction.
A crash between the two leaves an id in the register whose client is not erased yet; the next
opening erases it (the broker had confirmed it), so an erasure is never lost. When the erasure
fails in a way the program sees (an error), the entry is taken out again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

FILE_NAME = "erasures.json"
FORMAT = "broker-app-erasures"


def register_path(db_path: Path) -> Path:
    """``erasures.json`` beside the database (the folder that also holds ``backups/``)."""
    return Path(db_path).parent / FILE_NAME


def _in_memory(db_path: Path) -> bool:
    return str(db_path) == ":memory:"


def erased_ids(db_path: Path) -> dict[str, str]:
    """Client id -> the date it was erased (ISO), as the register says; empty when none."""
    if _in_memory(db_path):
        return {}
    path = register_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.error("the erasure register %s cannot be read: %s", path, exc)
        return {}
    listed = data.get("erased") if isinstance(data, dict) else None
    found: dict[str, str] = {}
    for entry in listed or []:
        if isinstance(entry, dict) and isinstance(entry.get("client_id"), str):
            found[entry["client_id"]] = str(entry.get("erased_on") or "")
    return found


def _write(db_path: Path, entries: dict[str, str]) -> None:
    path = register_path(db_path)
    data = {
        "format": FORMAT,
        "format_version": 1,
        "erased": [{"client_id": k, "erased_on": v} for k, v in sorted(entries.items())],
    }
    temporary = path.with_name(f".{path.name}.deel")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    if os.name != "nt":  # the rename itself on disk (Windows cannot fsync a folder)
        with contextlib.suppress(OSError):
            fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def add(db_path: Path, client_id: str, when: date | None = None) -> bool:
    """Write the client into the register (durably); False when it was there already."""
    if _in_memory(db_path):
        return False
    entries = erased_ids(db_path)
    if client_id in entries:
        return False
    entries[client_id] = (when or date.today()).isoformat()
    _write(db_path, entries)
    return True


def remove(db_path: Path, client_id: str) -> None:
    """Take an entry out again (the erasure it announced failed)."""
    entries = erased_ids(db_path)
    if entries.pop(client_id, None) is not None:
        _write(db_path, entries)
