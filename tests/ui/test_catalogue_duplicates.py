"""'Dubbelen…' on the catalogue page, the 'verouderd' badge, and the matching page's question
before a stale offering goes into a proposal."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QUrl

from broker_app.catalogue import duplicates
from broker_app.domain.audit import describe
from broker_app.store import catalogue as catalogue_repo
from broker_app.store.database import Store
from broker_app.store.duplicates import NOT_DUPLICATES
from broker_app.store.settings import get_setting
from broker_app.ui import dialogs
from broker_app.ui.context import CATALOGUE, MATCHING
from tests.csvfiles import offering
from tests.ui.conftest import SMALL_CATALOGUE, fill
from tests.ui.test_matching_page import (
    MEDICATION_OFFERINGS,
    make_intake,
    open_matching,
    said,
)

PAST = (date.today() - timedelta(days=30)).isoformat()

DOUBLES = [
    offering(provider="Pixelwerk", code="PX-1", title="Excel voor gevorderden", city="Deventer",
             price="390"),
    offering(provider="Pixelwerk", code="PX-1-OUD", title="Excel  voor Gevorderden.",
             city="Deventer", price="360"),
    offering(provider="Pixelwerk", code="PX-2", title="Excel voor gevorderden", city="Zwolle"),
    offering(provider="Pixelwerk", code="PX-W", title="Word basis", qualification_code="K0999",
             city="Deventer"),
    offering(provider="Pixelwerk", code="PX-W2", title="Tekstverwerken", qualification_code="K0999",
             city="Deventer", start_dates=PAST),
]  # fmt: skip


def _ids(store: Store) -> dict[str, str]:
    return dict(store.db.execute("SELECT code, id FROM offerings").fetchall())


def test_duplicates_dialog_merges_and_dismisses(
    qtbot, open_window, store: Store, tmp_path: Path, monkeypatch
) -> None:
    fill(store, tmp_path, SMALL_CATALOGUE + DOUBLES)
    ids = _ids(store)
    window = open_window(store)
    page = window.show_page(CATALOGUE, {})
    assert page.duplicates_button.text() == "Dubbelen…"
    dialog = page.open_duplicates()
    qtbot.waitUntil(lambda: not dialog.searching, timeout=10_000)
    assert dialog.table.rowCount() == 2
    assert dialog.status.text().startswith("2 mogelijke dubbelen")
    shown = {dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())}
    assert "Pixelwerk" in shown

    row = next(
        r
        for r, p in enumerate(dialog.pairs)
        if {p.first, p.second} == {ids["PX-1"], ids["PX-1-OUD"]}
    )
    dialog.table.selectRow(row)
    pair = dialog.pairs[row]
    keep_first = pair.first == ids["PX-1"]
    (dialog.keep_a if keep_first else dialog.keep_b).setChecked(True)
    assert "390,00" in (dialog.side_a if keep_first else dialog.side_b).text()
    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: asked.append(a[2]) or True)
    assert dialog.merge_current()
    assert "PX-1-OUD" in asked[0]
    assert catalogue_repo.get_offering(store.db, ids["PX-1-OUD"])["deleted_at"] is not None
    assert catalogue_repo.get_offering(store.db, ids["PX-1"])["deleted_at"] is None
    assert dialog.table.rowCount() == 1
    assert said(window) == "Samengevoegd"

    dialog.table.selectRow(0)
    assert dialog.dismiss_current()
    assert dialog.table.rowCount() == 0
    assert dialog.status.text() == "Geen mogelijke dubbelen gevonden."
    assert [sorted(p) for p in get_setting(store.db, NOT_DUPLICATES)] == [
        sorted([ids["PX-W"], ids["PX-W2"]])
    ]
    assert duplicates.find_duplicates(store) == []
    said(window)
    dialog.reject()


def test_the_detail_pane_marks_a_stale_offering(
    qtbot, open_window, store: Store, tmp_path: Path
) -> None:
    fill(store, tmp_path, SMALL_CATALOGUE + DOUBLES)
    ids = _ids(store)
    window = open_window(store)
    page = window.show_page(CATALOGUE, {"offering_id": ids["PX-W2"]})
    assert "verouderd: geen startdatum meer" in page.detail.toPlainText()
    page.show_offering(ids["PX-W"])
    qtbot.waitUntil(lambda: "Word basis" in page.detail.toPlainText(), timeout=5000)
    assert "verouderd" not in page.detail.toPlainText()


def test_matching_asks_before_a_stale_offering_goes_in(
    qtbot, open_window, store: Store, tmp_path: Path, monkeypatch
) -> None:
    rows = [dict(r) for r in MEDICATION_OFFERINGS]
    rows[2]["start_dates"] = PAST  # "Toediening registreren" has had its last start
    fill(store, tmp_path, SMALL_CATALOGUE + rows)
    care = make_intake(store)
    ids = _ids(store)
    window, page = open_matching(qtbot, open_window, care)
    chosen = [ids["MED-ON"], ids["MED-REG"]]
    shown = {r.offering_id for r in page.model.rows()}
    assert set(chosen) <= shown

    questions: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: questions.append(a[2]) or False)
    for offering_id in chosen:
        page.model.set_checked(offering_id, True)
    page.add_to_proposal()
    assert "Toediening registreren: verouderd: geen startdatum meer" in questions[0]
    ids_in = store.db.execute(
        "SELECT offering_id FROM proposal_lines WHERE deleted_at IS NULL"
    ).fetchall()
    assert [r[0] for r in ids_in] == [ids["MED-ON"]]  # the stale one was left out

    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    window.show_page(MATCHING, {})
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    page.model.set_checked(ids["MED-REG"], True)
    page.add_to_proposal()
    ids_in = store.db.execute(
        "SELECT offering_id FROM proposal_lines WHERE deleted_at IS NULL ORDER BY position"
    ).fetchall()
    assert [r[0] for r in ids_in] == [ids["MED-ON"], ids["MED-REG"]]
    said(window)


def test_a_broker_marks_an_old_price_as_checked(
    qtbot, open_window, store: Store, tmp_path: Path
) -> None:
    """A price stated long ago is flagged; 'Prijs nu als gecontroleerd markeren' in the detail
    pane clears it, and the audit log tells it."""
    fill(store, tmp_path, SMALL_CATALOGUE + DOUBLES)
    ids = _ids(store)
    with store.transaction() as db:
        db.execute(
            "UPDATE price_lines SET created_at = '2024-05-01T10:00:00Z' WHERE offering_id = ?",
            [ids["PX-1"]],
        )
    window = open_window(store)
    page = window.show_page(CATALOGUE, {"offering_id": ids["PX-1"]})
    text = page.detail.toPlainText()
    assert "verouderd: prijs niet gecontroleerd sinds 1 mei 2024" in text
    assert "Prijs vastgelegd op 1 mei 2024, nog niet door u gecontroleerd." in text
    assert "Prijs nu als gecontroleerd markeren (Ctrl+Shift+P)" in text
    html = page.detail.toHtml()
    link = html[html.index('href="broker:verify-price"') :]
    link = link[: link.index("</a>")]
    assert (
        "Prijs nu als gecontroleerd markeren" in link
        and "Ctrl+Shift+P" not in link.split(">", 1)[1]
    )

    page.detail.anchorClicked.emit(QUrl("broker:verify-price"))
    verified = catalogue_repo.get_offering(store.db, ids["PX-1"])["price_verified_at"]
    assert verified[:10] == date.today().isoformat()
    text = page.detail.toPlainText()
    assert "verouderd" not in text
    assert "Prijs door u gecontroleerd op" in text
    assert said(window) == "Prijs gemarkeerd als gecontroleerd"
    [entry] = store.db.execute(
        "SELECT action, table_name, record_id, details FROM audit_log "
        "WHERE action = 'price_checked'"
    ).fetchall()
    assert entry[:3] == ("price_checked", "offerings", ids["PX-1"])
    assert describe(entry[0], entry[1], json.loads(entry[3])) == "Prijs gecontroleerd"


def test_an_offering_without_a_price_has_nothing_to_check(
    qtbot, open_window, store: Store, tmp_path: Path
) -> None:
    free = offering(provider="Pixelwerk", code="PX-OPEN", title="Open les Excel", price="")
    fill(store, tmp_path, [*SMALL_CATALOGUE, free])
    ids = _ids(store)
    window = open_window(store)
    page = window.show_page(CATALOGUE, {"offering_id": ids["PX-OPEN"]})
    assert "Open les Excel" in page.detail.toPlainText()
    assert "Prijs gecontroleerd" not in page.detail.toPlainText()
    assert not page.verify_price_selected()
    assert said(window) == "Deze opleiding heeft geen prijs om te controleren"
    assert catalogue_repo.get_offering(store.db, ids["PX-OPEN"])["price_verified_at"] is None
