"""'Importgeschiedenis…' on the catalogue page: every batch listed, one undone after a question."""

from __future__ import annotations

from pathlib import Path

from broker_app.catalogue.importer import import_catalogue
from broker_app.store.database import Store
from broker_app.ui import dialogs
from broker_app.ui.context import CATALOGUE
from tests.csvfiles import offering, write_csv

FIRST = [
    offering(code="A-1", title="Werken met het zorgplan", price="450"),
    offering(code="A-2", title="Veilig tillen in de thuiszorg", price="300"),
]
SECOND = [
    offering(code="A-1", title="Zorgplan vernieuwd", price="495"),
    offering(code="B-1", title="Heftruckcertificaat behalen", price="800"),
]


def _live_titles(store: Store) -> list[str]:
    return [r[0] for r in store.db.execute(
        "SELECT title FROM offerings WHERE deleted_at IS NULL ORDER BY title")]  # fmt: skip


def test_history_dialog_lists_batches_and_undoes_the_latest(
    qtbot, open_window, store: Store, tmp_path: Path, monkeypatch
) -> None:
    import_catalogue(store, write_csv(tmp_path / "eerste.csv", FIRST))
    import_catalogue(store, write_csv(tmp_path / "tweede.csv", SECOND))
    window = open_window(store)
    page = window.show_page(CATALOGUE, {})
    assert page.history_button.text() == "Importgeschiedenis…"
    page.history_button.click()
    dialog = page.history_dialog
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    assert table.rowCount() == 2
    first_row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert first_row[0] == "tweede.csv" and first_row[1] == "csv-v1"
    assert first_row[3:] == ["1", "1", "0", "0", "geïmporteerd"]
    assert table.item(1, 0).text() == "eerste.csv" and table.item(1, 3).text() == "2"

    questions: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda parent, title, text, *a: questions.append(text))
    dialog.undo_selected()  # "no": nothing happens
    assert "tweede.csv" in questions[0] and "notities" in questions[0]
    assert _live_titles(store) == ["Heftruckcertificaat behalen", "Veilig tillen in de thuiszorg",
                                   "Zorgplan vernieuwd"]  # fmt: skip

    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: table.item(0, 7).text() == "ongedaan gemaakt", timeout=10_000)
    assert _live_titles(store) == ["Veilig tillen in de thuiszorg", "Werken met het zorgplan"]
    assert "ongedaan gemaakt" in dialog.message.text()
    assert not dialog.undo_button.isEnabled()  # an undone batch cannot be undone again
    qtbot.waitUntil(lambda: page.counts()[1] == 2, timeout=10_000)  # the page reloaded


def test_undoing_an_older_batch_is_refused_with_a_message(
    qtbot, open_window, store: Store, tmp_path: Path, monkeypatch
) -> None:
    import_catalogue(store, write_csv(tmp_path / "eerste.csv", FIRST))
    import_catalogue(store, write_csv(tmp_path / "tweede.csv", SECOND))
    window = open_window(store)
    page = window.show_page(CATALOGUE, {})
    dialog = page.open_history()
    dialog.table.selectRow(1)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text, *a: errors.append(text))
    dialog.undo_selected()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "tweede.csv" in errors[0] and "eerst ongedaan" in errors[0]
    assert dialog.table.item(1, 7).text() == "geïmporteerd"
    assert len(_live_titles(store)) == 3
