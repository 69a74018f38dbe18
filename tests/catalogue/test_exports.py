"""Safe exports of clients and the proposal list: CSV and XLSX, formulas neutralised."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from broker_app.catalogue import exports
from broker_app.catalogue.demo import load_demo
from broker_app.domain.problems import InputRefused
from broker_app.proposals import service as proposal_service
from broker_app.proposals.demo import load_demo_proposals
from broker_app.store.clients import insert_client, insert_intake
from broker_app.store.database import Store

DANGEROUS = ('=HYPERLINK("x")', "@SUM(1)")


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def read_xlsx(path: Path) -> tuple[list[str], list[list]]:
    ws = load_workbook(path).active
    rows = [list(r) for r in ws.iter_rows()]
    return [c.value for c in rows[0]], rows[1:]


@pytest.fixture
def demo(tmp_path: Path) -> Store:
    s = Store(tmp_path / "demo.sqlite")
    load_demo(s)
    load_demo_proposals(s)
    yield s
    s.close()


def dangerous_clients(store: Store) -> None:
    with store.transaction() as db:
        first = insert_client(db, {"name": DANGEROUS[0], "city": "-Zwolle", "phone": "+31 6 1"})
        insert_client(db, {"name": DANGEROUS[1], "kvk": "01234567"})
        insert_intake(db, first, title="Eerste vraag", intake_date="2026-11-01")
    proposal_service.start(store, first, title="=cmd|' /C calc'!A0", today=date(2026, 11, 2))


def test_clients_as_csv_are_neutralised_with_their_counts(store: Store, tmp_path: Path) -> None:
    dangerous_clients(store)
    out = tmp_path / "klanten.csv"
    assert exports.export_clients(store, out) == 2
    rows = read_csv(out)
    assert list(rows[0]) == [name for name, _ in exports.CLIENT_COLUMNS]
    by_name = {r["name"]: r for r in rows}
    assert set(by_name) == {"'" + DANGEROUS[0], "'" + DANGEROUS[1]}
    first = by_name["'" + DANGEROUS[0]]
    assert (first["city"], first["phone"]) == ("'-Zwolle", "'+31 6 1")
    assert (first["intakes"], first["proposals"]) == ("1", "1")
    assert by_name["'" + DANGEROUS[1]]["kvk"] == "01234567"


def test_clients_as_xlsx_are_text_never_formulas(store: Store, tmp_path: Path) -> None:
    dangerous_clients(store)
    out = tmp_path / "klanten.xlsx"
    assert exports.export_clients(store, out) == 2
    ws = load_workbook(out).active
    assert ws.freeze_panes == "A2" and ws["A1"].font.b
    names = [ws.cell(row=r, column=1) for r in (2, 3)]
    assert {c.value for c in names} == {"'" + d for d in DANGEROUS}
    assert all(c.data_type == "s" for c in names)
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    header, rows = read_xlsx(out)
    kvk = header.index("kvk")
    assert {r[kvk].value for r in rows} == {None, "01234567"}  # text: the leading zero stays
    intakes = header.index("intakes")
    assert sorted(r[intakes].value for r in rows) == [0, 1]


def test_proposal_list_as_csv(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "voorstellen.csv"
    listed = proposal_service.list_proposals(demo)
    assert exports.export_proposals(demo, out, listed) == len(listed) > 0
    rows = read_csv(out)
    assert list(rows[0]) == [name for name, _ in exports.PROPOSAL_COLUMNS]
    by_number = {r["number"]: r for r in rows}
    for p in listed:
        row = by_number[p["number"]]
        assert row["client"] == p["client_name"] and row["status"] == p["effective_status"]
        if p["incl_cents"] is not None:
            assert row["total_incl"] == f"{p['incl_cents'] // 100}.{p['incl_cents'] % 100:02d}"
        assert row["valid_until"] == (p["valid_until"].isoformat() if p["valid_until"] else "")
        assert bool(row["sent_on"]) == (p["status"] != "concept")


def test_proposal_list_as_xlsx_has_amounts_as_euro_numbers(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "voorstellen.xlsx"
    listed = proposal_service.list_proposals(demo)
    exports.export_proposals(demo, out, listed)
    header, rows = read_xlsx(out)
    assert header == [name for name, _ in exports.PROPOSAL_COLUMNS]
    incl = header.index("total_incl")
    amounts = [r[incl] for r in rows if r[incl].value is not None]
    assert amounts and all(c.data_type == "n" and "€" in c.number_format for c in amounts)
    expected = sorted(p["incl_cents"] / 100 for p in listed if p["incl_cents"] is not None)
    assert sorted(c.value for c in amounts) == expected
    version = header.index("version")
    assert all(isinstance(r[version].value, int) for r in rows)


def test_a_dangerous_proposal_title_and_client_are_neutralised(
    store: Store, tmp_path: Path
) -> None:
    dangerous_clients(store)
    listed = proposal_service.list_proposals(store)
    exports.export_proposals(store, tmp_path / "v.csv", listed)
    exports.export_proposals(store, tmp_path / "v.xlsx", listed)
    row = read_csv(tmp_path / "v.csv")[0]
    assert row["client"] == "'" + DANGEROUS[0] and row["title"] == "'=cmd|' /C calc'!A0"
    header, rows = read_xlsx(tmp_path / "v.xlsx")
    title = rows[0][header.index("title")]
    assert title.value == "'=cmd|' /C calc'!A0" and title.data_type == "s"


def test_unknown_extension_and_unwritable_place_are_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputRefused) as refused:
        exports.export_clients(store, tmp_path / "klanten.pdf")
    assert "onbekend bestandsformaat: .pdf" in refused.value.render()
    with pytest.raises(InputRefused) as refused:
        exports.export_clients(store, tmp_path / "geen-map" / "klanten.xlsx")
    assert refused.value.render().startswith("bestand kan niet geschreven worden")
    assert not list(tmp_path.glob("**/*.part"))
