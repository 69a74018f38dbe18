"""``broker-app screenshots DIR``: every main page with the demo data, as PNG files.

The pictures are made offscreen over a fresh temporary database (the broker's own file is never
opened), so they can be rendered on a machine without a screen and reproduced at will.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

WINDOW_SIZE = (1400, 860)
SETTLE_MS = 700  # debounce timers of the pages (search, preview) fire within this


@dataclass(frozen=True)
class Shot:
    file_name: str
    page: str
    arguments: Callable[[object], dict]  # store -> arguments for context.go
    prepare: Callable[[object], None] | None = None  # window -> what a broker would do first


def _first(store, sql: str, params: tuple = ()) -> str | None:
    row = store.db.execute(sql, params).fetchone()
    return row[0] if row else None


def _client(store) -> dict:
    found = _first(store, "SELECT id FROM clients WHERE name = ?", ("Thuiszorg IJsseldelta",))
    return {"client_id": found} if found else {}


def _intake(store) -> dict:
    found = _first(store, "SELECT id FROM intakes WHERE title = ?", ("Helpenden breder inzetbaar",))
    return {"intake_id": found} if found else {}


def _demand_line(store) -> dict:
    found = _first(
        store,
        "SELECT id FROM demand_lines WHERE title = ?",
        ("Helpenden medicijnen laten aanreiken",),
    )
    return {"demand_line_id": found} if found else {}


def _search_the_catalogue(window) -> None:
    """Aanbod as a broker uses it: a search word, the first offering chosen."""
    page = window.catalogue_page
    page.search_edit.setText("zorgplan")
    page.apply_search()
    page.table.selectRow(0)


def _proposal(store) -> dict:
    found = _first(store, "SELECT id FROM proposals WHERE status = 'verzonden' ORDER BY number")
    return {"proposal_id": found} if found else {}


SHOTS = (
    Shot("01-overzicht.png", "overview", lambda store: {}),
    Shot("02-klanten.png", "clients", _client),
    Shot("03-intake.png", "intake", _intake),
    Shot("04-aanbod.png", "catalogue", lambda store: {}, _search_the_catalogue),
    Shot("05-matching.png", "matching", _demand_line),
    Shot("06-voorstellen.png", "proposals", _proposal),
    Shot("07-instellingen.png", "settings", lambda store: {}),
)


def _settle(app, window, ms: int = SETTLE_MS) -> None:
    """Let timers fire and background tasks finish, then paint."""
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    busy_until = time.monotonic() + 20
    while window.context.tasks.busy and time.monotonic() < busy_until:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def render_screenshots(folder: Path, lang: str = "nl") -> list[Path]:
    """Write one PNG per main page (and the global search) into ``folder``; returns the files."""
    from PySide6.QtCore import QPoint, QSettings
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # pictures, not a window on the screen

    from broker_app.catalogue.demo import load_demo
    from broker_app.proposals.demo import load_demo_proposals
    from broker_app.store.database import Store
    from broker_app.ui import i18n
    from broker_app.ui.app import application
    from broker_app.ui.main_window import MainWindow

    folder.mkdir(parents=True, exist_ok=True)
    app = application([])
    i18n.use_language(lang)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "demo.sqlite")
        try:
            load_demo(store)
            load_demo_proposals(store)
            settings = QSettings(str(Path(tmp) / "window.ini"), QSettings.Format.IniFormat)
            window = MainWindow(store, lang, settings)
            window.resize(*WINDOW_SIZE)
            window.show()
            _settle(app, window)
            for shot in SHOTS:
                window.show_page(shot.page, shot.arguments(store))
                _settle(app, window)
                if shot.prepare is not None:
                    shot.prepare(window)
                    _settle(app, window)
                path = folder / shot.file_name
                window.grab().save(str(path))
                written.append(path)
            window.show_page("overview", {})
            window.open_global_search()
            window.global_search.edit.setText("zorg")
            window.global_search.run_search()
            _settle(app, window, 200)
            path = folder / "08-zoeken.png"
            picture = window.grab()
            painter = QPainter(picture)
            search = window.global_search
            painter.drawPixmap(search.pos() - window.mapToGlobal(QPoint(0, 0)), search.grab())
            painter.end()
            picture.save(str(path))
            written.append(path)
            window.global_search.reject()
            window.close()
            _settle(app, window, 100)
            window.deleteLater()
        finally:
            store.close()
    return written
