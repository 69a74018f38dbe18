"""Window fixtures: settings in tmp, a small catalogue, windows that leave nothing running."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QTimer

from broker_app.catalogue.importer import import_catalogue
from broker_app.store.database import Store
from broker_app.ui import i18n
from broker_app.ui.main_window import MainWindow
from tests.csvfiles import offering, write_csv

HYGIENE = "Hygiënecode voor de horeca"
JANSEN = "Jansen & Zn <b>"
MEDICATION = "Medicatie aanreiken"

SMALL_CATALOGUE = [
    offering(
        provider="Horeca Academie",
        code="HACCP",
        title=HYGIENE,
        type="cursus",
        level="geen",
        sector="horeca",
        description="Werken volgens de hygiënecode in keuken en bediening.",
        outcomes="risico's herkennen|temperaturen registreren",
        keywords="haccp|voedselveiligheid",
        price="295",
        city="Zwolle",
        start_dates="2030-03-01",
        delivery="klassikaal",
    ),
    offering(
        provider="Deltion College",
        code="MED-01",
        title=MEDICATION,
        type="mbo-certificaat",
        level="mbo-3",
        description="Medicatie veilig aanreiken en registreren.",
        outcomes="medicatie aanreiken|toediening registreren",
        keywords="medicijnen",
        price="1.250,50",
        city="Zwolle",
        start_dates="2030-02-01|2030-09-01",
    ),
    offering(
        provider="Jansen & Zn Opleidingen",
        code="JZ-1",
        title=JANSEN,
        type="cursus",
        level="geen",
        sector="techniek",
        description="Tekst met <script>alert(1)</script> erin.",
        outcomes="<i>schuin</i> & recht",
        keywords="lassen",
        price="75",
        city="Deventer",
        start_dates="doorlopend",
    ),
    offering(
        provider="Logistiek Centrum Oost",
        code="HEF",
        title="Heftruckcertificaat",
        type="cursus",
        level="geen",
        sector="logistiek",
        description="Veilig werken met de heftruck.",
        outcomes="heftruck besturen|lading zekeren",
        keywords="vorkheftruck",
        price="450",
        city="Apeldoorn",
        start_dates="2030-01-15",
    ),
]


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    """Window geometry goes to a file in tmp, never to the home folder."""
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def fill(store: Store, folder: Path, rows: list[dict[str, str]]) -> Store:
    report = import_catalogue(store, write_csv(folder / "catalogue.csv", rows))
    assert report.written, [p.render("nl") for p in report.problems]
    return store


@pytest.fixture
def small_store(store: Store, tmp_path: Path) -> Store:
    return fill(store, tmp_path, SMALL_CATALOGUE)


@pytest.fixture
def open_window(qtbot, ui_settings: QSettings, store: Store) -> Iterator[Callable[..., MainWindow]]:
    """Opens main windows; at teardown closes them and checks no timer or thread is left.

    Asking for ``store`` here makes the database outlive the windows at teardown, whatever
    order a test lists its fixtures in: a window's last save or task never meets a closed file.
    """
    windows: list[MainWindow] = []

    def _open(store: Store, lang: str = "nl", settings: QSettings | None = None) -> MainWindow:
        window = MainWindow(store, lang, settings if settings is not None else ui_settings)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield _open
    for window in windows:
        window.close()
        assert window.context.tasks.pool.waitForDone(5000), "a task was still running"
        running = [t for t in window.findChildren(QTimer) if t.isActive()]
        assert not running, f"timers left running: {running}"
        window.deleteLater()
    assert QThreadPool.globalInstance().waitForDone(5000)
    i18n.use_language("nl")
