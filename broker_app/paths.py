"""Where things live: the bundled data folders and the user's own files.

The data folders ``db/``, ``reports/`` and ``resources/`` sit beside the package in a source
checkout, under ``broker_app/_data/`` in an installed wheel, and under ``sys._MEIPASS`` in the
frozen build. The user's database lives in the platform's user data folder unless ``--db`` or
``BROKER_APP_DB`` says otherwise.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Opleidingsmakelaar"
DB_FILE_NAME = "opleidingsmakelaar.sqlite"
DB_ENV = "BROKER_APP_DB"
DATA_FOLDERS = ("db", "reports", "resources")

_PACKAGE = Path(__file__).resolve().parent


def data_roots() -> list[Path]:
    """Candidate roots of the data folders, most specific first."""
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(_PACKAGE / "_data")  # installed wheel
    roots.append(_PACKAGE.parent)  # source checkout
    return roots


def data_dir(name: str) -> Path:
    """The bundled folder ``name`` (one of DATA_FOLDERS), wherever this program runs from."""
    if name not in DATA_FOLDERS:
        raise ValueError(f"unknown data folder: {name}")
    for root in data_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"data folder {name!r} not found in {data_roots()}")


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / DB_FILE_NAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins, then ``BROKER_APP_DB``, then the user data folder; always absolute, so that
    messages name the database and its backups folder in full."""
    if cli_value:
        return Path(cli_value).expanduser().absolute()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser().absolute()
    return default_db_path()


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit in a folder beside the database, so they move with it."""
    return db_path.parent / "backups"
