"""The command line with a provider's own headers, honest counts and batch numbers (i7-fixc)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from broker_app.catalogue import history, mapping
from broker_app.cli import main
from broker_app.store import catalogue as repo
from broker_app.store import import_history as history_store
from broker_app.store.database import Store
from tests.csvfiles import offering, write_csv


@contextmanager
def opened(path: Path | str) -> Iterator[Store]:
    store = Store(Path(path))
    try:
        yield store
    finally:
        store.close()


HEADERS = "Opleiding;Aanbieder;Prijs incl. btw;Startdatum;Niveau;Plaats"
ROWS = [
    "Hygiëne in de keuken;Horeca Academie;242,00;01-03-2027;MBO niveau 2;Zwolle",
    "BHV basis;Horeca Academie;363,00;1-9-2027;niveau 3;Deventer",
]


def sheet(path: Path, rows: list[str] = ROWS) -> Path:
    path.write_text("\n".join([HEADERS, *rows]) + "\n", encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_plain_import_of_own_headers_ends_with_the_way_out(capsys, tmp_path: Path) -> None:
    db, path = str(tmp_path / "db.sqlite"), sheet(tmp_path / "aanbod.csv")
    code, _, err = run(capsys, "--db", db, "import", str(path))
    assert code == 1
    assert err.splitlines()[-1] == (
        "Dit bestand heeft eigen kolomnamen: laat een koppeling voorstellen met "
        "--suggest-profile NAAM"
    )
    code, _, err = run(capsys, "--db", db, "--lang", "en", "import", str(path))
    assert code == 1 and err.splitlines()[-1].startswith("This file has column names of its own")


def test_a_csv_v1_file_with_a_bad_value_gets_no_header_hint(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "db.sqlite")
    path = write_csv(tmp_path / "a.csv", [offering(price="twaalf")])
    code, _, err = run(capsys, "--db", db, "import", str(path))
    assert code == 1 and "eigen kolomnamen" not in err


def test_suggest_says_what_is_missing_and_fixed_fills_it(capsys, tmp_path: Path) -> None:
    db, path = str(tmp_path / "db.sqlite"), sheet(tmp_path / "aanbod.csv")
    code, out, _ = run(capsys, "--db", db, "import", str(path), "--suggest-profile", "ha")
    assert code == 0
    assert out.splitlines()[-1] == (
        "Nog nodig: type — geef een waarde voor elke rij met --fixed type=cursus"
    )
    # with the stored profile as suggested the import is refused, and told how to go on
    code, _, err = run(capsys, "--db", db, "import", str(path), "--profile", "ha")
    assert code == 1 and err.splitlines()[-1].startswith("Nog nodig: type")
    # --fixed with --profile: for this import only
    code, out, err = run(capsys, "--db", db, "import", str(path), "--profile", "ha",
                         "--fixed", "type=cursus")  # fmt: skip
    assert code == 0, err
    assert "2 nieuw" in out
    with opened(db) as store:
        assert mapping.load_profile(store, "ha").fixed == {}
        rows = {r["code"]: r for r in repo.export_rows(store.db)}
    assert rows["hygiene-in-de-keuken-zwolle"]["type"] == "cursus"
    # --fixed with --suggest-profile: stored in the profile, nothing more needed
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "import", str(path),
                       "--suggest-profile", "hb", "--fixed", "type=cursus")  # fmt: skip
    assert code == 0 and "Still needed" not in out
    assert json.loads(out[out.index("{") : out.rindex("}") + 1])["hb"]["fixed"] == {
        "type": "cursus"
    }
    code, out, _ = run(capsys, "--db", db, "profiles")
    assert "vast: type=cursus · prijzen incl. btw, tarief 21 % · datums d-m-jjjj" in out


def test_a_bad_fixed_value_is_refused(capsys, tmp_path: Path) -> None:
    db, path = str(tmp_path / "db.sqlite"), sheet(tmp_path / "aanbod.csv")
    code, _, err = run(capsys, "--db", db, "import", str(path), "--suggest-profile", "ha",
                       "--fixed", "soort")  # fmt: skip
    assert code == 1 and "--fixed verwacht KOLOM=WAARDE" in err
    code, _, err = run(capsys, "--db", db, "import", str(path), "--suggest-profile", "ha",
                       "--fixed", "soort=cursus")  # fmt: skip
    assert code == 1 and "CSV v1 heeft geen kolom soort" in err
    code, _, err = run(capsys, "--db", db, "import", str(path), "--fixed", "type=cursus")
    assert code == 1 and "--fixed hoort bij --profile" in err


def test_a_reimport_counts_changed_and_unchanged_apart(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "db.sqlite")
    rows = [offering(code=f"Z-{i}", title=f"Zorg {i}") for i in range(4)]
    code, out, _ = run(capsys, "--db", db, "import", str(write_csv(tmp_path / "a.csv", rows)))
    assert code == 0 and "4 nieuw" in out
    rows[2] = {**rows[2], "price": "999"}
    code, out, _ = run(capsys, "--db", db, "import", str(write_csv(tmp_path / "b.csv", rows)))
    assert code == 0
    assert out.startswith("0 nieuw, 1 bijgewerkt, 3 ongewijzigd, 0 overgeslagen (b.csv)")
    code, out, _ = run(capsys, "--db", db, "import", str(tmp_path / "b.csv"), "--dry-run")
    assert "4 al in de catalogus (bij te werken of ongewijzigd)" in out
    code, out, _ = run(capsys, "--db", db, "imports")
    header, newest, _first = out.splitlines()
    assert "ongewijzigd" in header.split()
    assert newest.split()[3:8] == ["geïmporteerd", "0", "1", "3", "0"]
    with opened(db) as store:
        batch = history.list_batches(store)[0]
    assert (batch.inserted, batch.updated, batch.unchanged) == (0, 1, 3)


def _batch(store: Store, batch_id: str) -> None:
    with store.transaction() as db:
        repo.record_import_batch(
            db, batch_id=batch_id, file_name=f"{batch_id[-4:]}.csv", fmt="csv-v1",
            started_at="2026-11-29T10:00:00Z", status="done", total=0, inserted=0, updated=0,
            skipped=0, messages=[],
        )  # fmt: skip


def test_a_batch_is_found_by_the_first_characters_of_its_number(tmp_path: Path) -> None:
    with opened(tmp_path / "db.sqlite") as store:
        _batch(store, "0190a000-0000-7000-8000-00001a9f7721")
        _batch(store, "0190a000-0000-7000-8000-00001a9e0002")
        _batch(store, "0190a000-0000-7000-8000-00001a9e0003")
        assert history.find_batch(store, "1a9f").short_id == "1a9f7721"  # the listing's number
        assert history.find_batch(store, "1A9F77").short_id == "1a9f7721"
        assert history.find_batch(store, "7721").short_id == "1a9f7721"  # its end, as before
        with pytest.raises(history_store_refusal()) as info:
            history.find_batch(store, "1a9e")
        text = info.value.render("nl")
        assert "1a9e past bij 2 importbatches" in text
        assert "1a9e0002 (0002.csv)" in text and "1a9e0003 (0003.csv)" in text
        with pytest.raises(history_store_refusal()) as info:
            history.find_batch(store, "1a")
        assert "minstens 4 tekens" in info.value.render("nl")
    assert history_store.MIN_PREFIX == 4


def history_store_refusal() -> type[Exception]:
    from broker_app.domain.problems import InputRefused

    return InputRefused


def test_undo_by_prefix_on_the_command_line(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "db.sqlite")
    run(capsys, "--db", db, "import", str(write_csv(tmp_path / "a.csv", [offering()])))
    code, out, _ = run(capsys, "--db", db, "imports")
    number = out.splitlines()[1].split()[0]
    code, out, err = run(capsys, "--db", db, "imports", "--undo", number[:4])
    assert code == 0, err
    assert out.startswith("import van a.csv ongedaan gemaakt")
