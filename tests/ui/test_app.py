"""Starting the window: a first start gets the demo, a bad database gets a calm message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from broker_app.catalogue.demo import DemoReport
from broker_app.store.connection import connect
from broker_app.store.database import Store
from broker_app.ui import app as ui_app
from broker_app.ui import dialogs, startup
from broker_app.ui.main_window import MainWindow
from tests.ui.conftest import HYGIENE, SMALL_CATALOGUE, fill


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Answers every message box, so none blocks the test; records what it said."""
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        dialogs,
        "show_error",
        lambda parent, title, text, detail="": shown.append((title, text, detail)),
    )
    return shown


def close_main_windows_soon(seen: list[MainWindow]) -> None:
    """Once the event loop runs, note the window's rows and close it (which ends run_app)."""

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget)
                widget.close()

    QTimer.singleShot(0, close)


def test_first_start_on_an_empty_database_loads_the_demo(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ui_settings: QSettings, shown_errors
) -> None:
    loaded: list[Path] = []

    def fake_demo(store: Store) -> DemoReport:  # the bundled demo may not be there yet
        loaded.append(store.path)
        fill(store, tmp_path, SMALL_CATALOGUE)
        return DemoReport(offerings=4, providers=4, clients=0, clients_added=0)

    monkeypatch.setattr(ui_app, "load_demo", fake_demo)
    db_path = tmp_path / "first.sqlite"
    seen: list[MainWindow] = []
    close_main_windows_soon(seen)

    assert ui_app.run_app(db_path, "nl", settings=ui_settings) == 0
    assert loaded == [db_path]
    assert seen and HYGIENE in [seen[0].catalogue_page.model.index(r, 0).data() for r in range(4)]
    assert not shown_errors
    assert QApplication.applicationName() == "Opleidingsmakelaar"


def test_a_filled_database_is_left_alone(
    qtbot, monkeypatch: pytest.MonkeyPatch, store: Store, tmp_path: Path, ui_settings: QSettings
) -> None:
    fill(store, tmp_path, SMALL_CATALOGUE)
    store.close()
    monkeypatch.setattr(ui_app, "load_demo", lambda s: pytest.fail("demo loaded over data"))
    close_main_windows_soon([])
    assert ui_app.run_app(store.path, "nl", settings=ui_settings) == 0


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str, list[str]]]:
    """Answers the start-up dialog with "Afsluiten"; records what it asked."""
    seen: list[tuple[str, str, str, list[str]]] = []

    def ask(self, title, text, detail, choices):
        seen.append((title, text, detail, [label for _key, label in choices]))
        return startup.QUIT

    monkeypatch.setattr(startup.StartupFlow, "ask_choice", ask)
    return seen


def test_a_file_that_is_no_database_gets_a_calm_dutch_message(tmp_path: Path, asked, qapp) -> None:
    path = tmp_path / "notities.sqlite"
    path.write_text("dit is geen database\n" * 100)
    assert ui_app.run_app(path, "nl") == ui_app.EXIT_REFUSED
    [(title, text, detail, choices)] = asked
    assert title == "De database kan niet worden geopend"
    assert "beschadigd" in text
    assert str(path) in detail
    assert "Traceback" not in text
    assert choices == ["Een ander bestand kiezen…", "Afsluiten"]  # no backup to offer
    assert path.read_text() == "dit is geen database\n" * 100


def test_a_database_from_a_newer_version_is_refused_calmly(tmp_path: Path, asked, qapp) -> None:
    path = tmp_path / "toekomst.sqlite"
    Store(path).close()
    db = connect(path)
    db.conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('broker_app', '0099_future', 'x')"
    )
    db.conn.commit()
    db.close()
    assert ui_app.run_app(path, "nl") == ui_app.EXIT_REFUSED
    [(title, text, _detail, choices)] = asked
    assert title == "Deze database is nieuwer dan dit programma"
    assert text.startswith("Deze database is gemaakt met een nieuwere versie")
    assert "Werk het programma bij" in text
    assert choices == ["Een ander bestand kiezen…", "Afsluiten"]


def test_the_window_speaks_the_language_chosen_in_settings(store: Store) -> None:
    from broker_app.store.settings import set_setting

    assert ui_app.window_language(store, None) == "nl"
    set_setting(store.db, ui_app.LANGUAGE_SETTING, "en")
    assert ui_app.window_language(store, None) == "en"
    assert ui_app.window_language(store, "nl") == "nl"  # --lang wins


def test_the_window_opens_on_the_page_it_was_closed_on(open_window, store: Store, ui_settings):
    first = open_window(store, settings=ui_settings)
    assert first.current_page().key == "overview"  # a first start opens on Overzicht
    first.show_page("proposals", {})
    first.close()
    second = open_window(store, settings=ui_settings)
    assert second.current_page().key == "proposals"
    assert second.navigation.currentItem().text() == "Voorstellen"


def test_a_read_only_database_is_said_at_the_top_of_the_window(
    open_window, store: Store, monkeypatch
) -> None:
    assert not open_window(store).read_only_banner.isVisible()
    monkeypatch.setattr(Store, "writable", lambda self: False)
    window = open_window(store)
    assert window.read_only_banner.isVisible()
    assert window.read_only_banner.text().startswith("Deze database is alleen-lezen")
    assert str(store.path) in window.read_only_banner.text()
