"""Catalogue CSV v1 import, with the bad input a broker's providers really send."""

from pathlib import Path

import pytest

from broker_app.catalogue.importer import import_catalogue
from broker_app.domain.problems import InputRefused
from broker_app.store import catalogue as repo
from broker_app.store.database import Store
from tests.csvfiles import csv_text, offering, write_csv


def count(store: Store, table: str = "offerings") -> int:
    return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def messages(report) -> list[str]:
    return [p.render("nl") for p in report.problems]


def test_a_good_file_lands_with_every_field(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [offering(), offering(code="ZORG-02", ec="15", hours="")])
    report = import_catalogue(store, path)
    assert (report.inserted, report.updated, report.written) == (2, 0, True)
    row = store.db.execute(
        "SELECT title, level, delivery, price_cents, vat FROM offerings WHERE code = 'ZORG-01'"
    ).fetchone()
    assert row == ("Werken met het zorgplan", "mbo-3", '["blended"]', 45000, "vrijgesteld")
    # EC without hours: hours = ec x 28.
    assert store.db.execute("SELECT hours FROM offerings WHERE code = 'ZORG-02'").fetchone() == (
        420,
    )
    assert count(store, "start_dates") == 4
    provider = store.db.execute("SELECT kind, funded, crkbo FROM providers").fetchone()
    assert provider == ("roc", 1, 0)


def test_missing_required_column_is_named(store: Store, tmp_path: Path) -> None:
    columns = [c for c in offering() if c != "level"]
    path = write_csv(tmp_path / "a.csv", [offering()], columns=columns)
    with pytest.raises(InputRefused) as info:
        import_catalogue(store, path)
    assert "verplichte kolom ontbreekt: level" in info.value.render("nl")
    assert "required column is missing: level" in info.value.render("en")
    assert count(store) == 0


def test_every_bad_value_is_named_by_row_and_column(store: Store, tmp_path: Path) -> None:
    rows = [offering(code=f"C{i}") for i in range(4)]
    rows[1]["price"] = "twaalf"
    rows[2]["level"] = "mbo-9"
    rows[2]["start_dates"] = "2027-02-30"
    rows[3]["hours"] = "veertig"
    rows[3]["delivery"] = "per post"
    report = import_catalogue(store, write_csv(tmp_path / "a.csv", rows))
    assert not report.written and count(store) == 0
    text = messages(report)
    assert 'rij 3, kolom price: "twaalf" is geen bedrag' in text
    assert any(m.startswith('rij 4, kolom level: "mbo-9" is geen bekende waarde') for m in text)
    assert 'rij 4, kolom start_dates: "2027-02-30" is geen datum (gebruik JJJJ-MM-DD)' in text
    assert 'rij 5, kolom hours: "veertig" is geen heel getal' in text
    assert any(m.startswith('rij 5, kolom delivery: "per post"') for m in text)
    english = [p.render("en") for p in report.errors]
    assert 'row 3, column price: "twaalf" is not an amount' in english


def test_negative_and_absurd_numbers_are_refused(store: Store, tmp_path: Path) -> None:
    rows = [
        offering(code="A", price="-100"),
        offering(code="B", hours="-4"),
        offering(code="C", price="5000000"),
        offering(code="D", min_participants="20", max_participants="8"),
    ]
    report = import_catalogue(store, write_csv(tmp_path / "a.csv", rows))
    text = messages(report)
    assert 'rij 2, kolom price: "-100" mag niet negatief zijn' in text
    assert 'rij 3, kolom hours: "-4" mag niet negatief zijn' in text
    assert 'rij 4, kolom price: "5000000" is onwaarschijnlijk groot' in text
    assert "rij 5, kolom max_participants: minimum 20 is groter dan maximum 8" in text
    assert count(store) == 0


def test_empty_cells_mean_unknown_not_zero(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [offering(price="", hours="", vat="", start_dates="")])
    import_catalogue(store, path)
    assert store.db.execute("SELECT price_cents, hours, vat FROM offerings").fetchone() == (
        None,
        None,
        None,
    )
    assert count(store, "price_lines") == 0


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n"])
def test_empty_file(store: Store, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "leeg.csv"
    path.write_bytes(content)
    with pytest.raises(InputRefused) as info:
        import_catalogue(store, path)
    assert info.value.render("nl") == "het bestand is leeg"


def test_header_without_rows(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "kop.csv"
    path.write_text("provider,code,title,type,level\n")
    with pytest.raises(InputRefused) as info:
        import_catalogue(store, path)
    assert "geen aanbod" in info.value.render("nl")


def test_binary_file_named_csv(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "catalogus.csv"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 20)
    with pytest.raises(InputRefused) as info:
        import_catalogue(store, path)
    assert info.value.render("nl") == (
        "dit is geen CSV-bestand maar Excel (.xlsx) of zip; sla het op als CSV en probeer opnieuw"
    )
    assert count(store) == 0
    pdf = tmp_path / "offerte.csv"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    with pytest.raises(InputRefused) as info:
        import_catalogue(store, pdf)
    assert "geen CSV-bestand maar PDF" in info.value.render("nl")
    noise = tmp_path / "ruis.csv"
    noise.write_bytes(bytes(range(1, 32)) * 40)
    with pytest.raises(InputRefused) as info:
        import_catalogue(store, noise)
    assert "geen tekstbestand" in info.value.render("nl")


def test_windows_1252_with_semicolons_and_dutch_amounts(store: Store, tmp_path: Path) -> None:
    row = offering(
        title="Café-medewerker: hygiëne",
        price="€ 1.250,50",
        description="Voor 't café — met één dag praktijk",
    )
    path = write_csv(tmp_path / "excel.csv", [row], delimiter=";", encoding="cp1252")
    assert b"\x80" in path.read_bytes()  # the euro sign as Windows-1252 writes it
    report = import_catalogue(store, path)
    assert report.written
    assert store.db.execute("SELECT title, price_cents, description FROM offerings").fetchone() == (
        "Café-medewerker: hygiëne",
        125050,
        "Voor 't café — met één dag praktijk",
    )


def test_utf8_with_bom_and_case_insensitive_headers(store: Store, tmp_path: Path) -> None:
    text = csv_text([offering()])
    header, rest = text.split("\r\n", 1)
    text = " PROVIDER , Code,TITLE,Type,LEVEL" + header[len("provider,code,title,type,level") :]
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (text + "\r\n" + rest).encode("utf-8"))
    report = import_catalogue(store, path)
    assert report.written and count(store) == 1
    assert store.db.execute("SELECT name FROM providers").fetchone() == ("Deltion College",)


def test_quoted_line_breaks_keep_row_numbers_as_a_spreadsheet_shows(
    store: Store, tmp_path: Path
) -> None:
    rows = [
        offering(code="A", description="Regel één\nRegel twee; met, tekens"),
        offering(code="B", price="gratis"),
    ]
    report = import_catalogue(store, write_csv(tmp_path / "a.csv", rows))
    assert 'rij 3, kolom price: "gratis" is geen bedrag' in messages(report)
    report = import_catalogue(store, write_csv(tmp_path / "b.csv", rows[:1]))
    assert store.db.execute("SELECT description FROM offerings").fetchone() == (
        "Regel één\nRegel twee; met, tekens",
    )


def test_5000_rows_with_two_bad_ones_write_nothing_and_name_both(
    store: Store, tmp_path: Path
) -> None:
    rows = [offering(code=f"R{i:05d}") for i in range(5000)]
    rows[1233]["price"] = "duur"
    rows[4321]["type"] = "workshopje"
    report = import_catalogue(store, write_csv(tmp_path / "big.csv", rows))
    assert not report.written and count(store) == 0 and count(store, "import_batches") == 0
    assert [p.render("nl")[:22] for p in report.errors] == [
        "rij 1235, kolom price:",
        "rij 4323, kolom type: ",
    ]


def test_skip_invalid_imports_the_rest_and_reports_the_others(store: Store, tmp_path: Path) -> None:
    rows = [offering(code="A"), offering(code="B", level="??"), offering(code="C")]
    report = import_catalogue(store, write_csv(tmp_path / "a.csv", rows), skip_invalid=True)
    assert (report.inserted, report.skipped, report.written) == (2, 1, True)
    assert sorted(r[0] for r in store.db.execute("SELECT code FROM offerings")) == ["A", "C"]
    batch = repo.import_batches(store.db)[0]
    assert (batch["rows_total"], batch["rows_inserted"], batch["rows_skipped"]) == (3, 2, 1)
    assert "rij 3, kolom level" in batch["messages"]


def test_dry_run_writes_nothing(store: Store, tmp_path: Path) -> None:
    report = import_catalogue(store, write_csv(tmp_path / "a.csv", [offering()]), dry_run=True)
    assert (report.inserted, report.written) == (1, False)
    assert count(store) == 0 and count(store, "providers") == 0


def test_same_file_twice_updates_in_place_and_keeps_the_brokers_notes(
    store: Store, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "a.csv", [offering(), offering(code="ZORG-02")])
    import_catalogue(store, path)
    offering_id = store.db.execute("SELECT id FROM offerings WHERE code='ZORG-01'").fetchone()[0]
    repo.set_offering_notes(store.db, offering_id, "Goede ervaring mee", ["favoriet"])
    store.db.conn.commit()
    changed = write_csv(
        tmp_path / "b.csv", [offering(price="500", code="zorg-01"), offering(code="ZORG-02")]
    )
    report = import_catalogue(store, changed)
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 1)
    assert count(store) == 2 and count(store, "providers") == 1
    assert count(store, "start_dates") == 4
    assert store.db.execute(
        "SELECT id, price_cents, notes, tags FROM offerings WHERE code_key = 'zorg-01'"
    ).fetchone() == (offering_id, 50000, "Goede ervaring mee", '["favoriet"]')
    assert count(store, "import_batches") == 2


def test_duplicate_code_inside_one_file_is_refused(store: Store, tmp_path: Path) -> None:
    rows = [offering(), offering(title="Andere titel")]
    report = import_catalogue(store, write_csv(tmp_path / "a.csv", rows))
    assert 'rij 3, kolom code: code "ZORG-01" van Deltion College staat al in rij 2' in messages(
        report
    )


def test_markup_quotes_and_emoji_survive_literally(store: Store, tmp_path: Path) -> None:
    title = 'Jansen & Zn <b>"Veilig" werken</b> 👷'
    rows = [offering(title=title, description='Prijs < € 500 & "inclusief" 🙂')]
    import_catalogue(store, write_csv(tmp_path / "a.csv", rows))
    assert store.db.execute("SELECT title, description FROM offerings").fetchone() == (
        title,
        'Prijs < € 500 & "inclusief" 🙂',
    )


def test_obvious_variants_are_accepted_with_warnings(store: Store, tmp_path: Path) -> None:
    rows = [
        offering(
            level="MBO 3",
            delivery="Online|Klassikaal ",
            type="Module",
            start_dates="1-2-2027|Doorlopend",
            url="www.deltion.nl",
        )
    ]
    report = import_catalogue(store, write_csv(tmp_path / "a.csv", rows))
    assert report.written and not report.errors
    text = messages(report)
    assert 'rij 2, kolom level: "MBO 3" gelezen als "mbo-3"' in text
    assert 'rij 2, kolom delivery: "Online" gelezen als "online"' in text
    assert 'rij 2, kolom start_dates: "1-2-2027" gelezen als "2027-02-01"' in text
    row = store.db.execute(
        "SELECT level, delivery, continuous_intake, url FROM offerings"
    ).fetchone()
    assert row == ("mbo-3", '["online", "klassikaal"]', 1, "https://www.deltion.nl")


def test_unknown_columns_are_a_warning_not_a_refusal(store: Store, tmp_path: Path) -> None:
    row = offering()
    row["opmerking"] = "intern"
    columns = [*list(offering()), "opmerking"]
    report = import_catalogue(store, write_csv(tmp_path / "a.csv", [row], columns=columns))
    assert report.written
    assert "rij 1, kolom opmerking: onbekende kolom opmerking wordt genegeerd" in messages(report)


def test_an_import_batch_is_recorded(store: Store, tmp_path: Path) -> None:
    report = import_catalogue(store, write_csv(tmp_path / "aanbod.csv", [offering()]))
    batch = repo.import_batches(store.db)[0]
    assert batch["id"] == report.batch_id
    assert (batch["file_name"], batch["format"], batch["rows_inserted"]) == (
        "aanbod.csv",
        "csv-v1",
        1,
    )
    assert store.db.execute("SELECT import_batch_id FROM offerings").fetchone() == (
        report.batch_id,
    )


def test_a_failure_while_writing_rolls_everything_back(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("schijf vol")

    monkeypatch.setattr(repo, "finish_import_batch", broken)
    with pytest.raises(RuntimeError):
        import_catalogue(store, write_csv(tmp_path / "a.csv", [offering()]))
    assert count(store) == 0 and count(store, "providers") == 0
    assert count(store, "import_batches") == 0


def test_a_file_without_some_columns_leaves_those_values_alone(
    store: Store, tmp_path: Path
) -> None:
    import_catalogue(store, write_csv(tmp_path / "a.csv", [offering()]))
    columns = [c for c in offering() if c not in ("price", "url", "start_dates", "outcomes")]
    report = import_catalogue(
        store, write_csv(tmp_path / "b.csv", [offering(title="Nieuwe titel")], columns=columns)
    )
    assert report.updated == 1
    row = store.db.execute("SELECT title, price_cents, url, outcomes FROM offerings").fetchone()
    assert row == ("Nieuwe titel", 45000, "https://www.deltion.nl/zorgplan",
                   '["zorgplan bijhouden", "rapporteren in het cliëntdossier"]')  # fmt: skip
    assert count(store, "start_dates") == 2 and count(store, "price_lines") == 1
    from broker_app.catalogue.search import search

    assert [h.title for h in search(store, "cliëntdossier").hits] == ["Nieuwe titel"]


def test_a_row_cut_short_or_too_long_is_refused_by_name(store: Store, tmp_path: Path) -> None:
    text = csv_text([offering(code="A"), offering(code="B"), offering(code="C")])
    lines = text.split("\r\n")
    lines[2] = ",".join(lines[2].split(",")[:8])  # row 3 cut after 8 cells
    lines[3] = lines[3] + ",extra,meer"  # row 4 with text beyond the last column
    path = tmp_path / "rafelig.csv"
    path.write_text("\r\n".join(lines), encoding="utf-8")
    report = import_catalogue(store, path)
    assert not report.written and count(store) == 0
    text_nl = messages(report)
    assert any(m.startswith("rij 3: de rij heeft 8 van de 27 kolommen") for m in text_nl)
    assert any(m.startswith("rij 4: de rij heeft 29 van de 27 kolommen") for m in text_nl)


def test_utf16_huge_cells_dashes_and_ambiguous_amounts(store: Store, tmp_path: Path) -> None:
    utf16 = tmp_path / "unicode.csv"
    utf16.write_bytes(csv_text([offering()], "\t").encode("utf-16"))
    assert import_catalogue(store, utf16).written
    rows = [
        offering(code="HUGE", description="x" * 1_000_000),
        offering(code="DASH", price="-"),
        offering(code="AMB", price="1,250"),
    ]
    report = import_catalogue(store, write_csv(tmp_path / "a.csv", rows))
    text = messages(report)
    assert "rij 2, kolom description: tekst is te lang (1000000 tekens, hoogstens 20000)" in text
    assert not any(m.startswith("rij 3") for m in text)  # "-" means: not known
    assert any(m.startswith('rij 4, kolom price: "1,250" is dubbelzinnig') for m in text)


def test_a_folder_is_not_a_file(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputRefused) as info:
        import_catalogue(store, tmp_path)
    assert info.value.render("nl") == f"{tmp_path} is een map, geen bestand"
