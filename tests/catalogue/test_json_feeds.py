"""`broker-app import FILE.json` recognises EDU-DEX and OOAPI v5 by content."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from broker_app.cli import main
from broker_app.store.database import Store

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.mark.parametrize(
    ("sample", "fmt"),
    [("edudex/collection.json", "edudex"), ("ooapi/programs_page.json", "ooapi-v5")],
)
def test_a_feed_is_imported_and_its_format_recorded(tmp_path: Path, sample: str, fmt: str) -> None:
    db = tmp_path / "db.sqlite"
    assert main(["--db", str(db), "import", str(FIXTURES / sample)]) == 0
    store = Store(db)
    try:
        offerings = store.db.execute(
            "SELECT count(*) FROM offerings WHERE deleted_at IS NULL"
        ).fetchone()[0]
        formats = [r[0] for r in store.db.execute("SELECT format FROM import_batches")]
    finally:
        store.close()
    assert offerings >= 2
    assert formats == [fmt]


def test_json_that_is_neither_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    sample = tmp_path / "iets.json"
    sample.write_text('{"naam": "geen opleiding"}', encoding="utf-8")
    assert main(["--db", str(tmp_path / "db.sqlite"), "import", str(sample)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.endswith("dit JSON-bestand is geen EDU-DEX-programma en geen OOAPI v5-bestand")
    assert "\n" not in err


def test_broken_json_names_the_line(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "kapot.json"
    shutil.copy(FIXTURES / "ooapi/broken_syntax.json", broken)
    assert main(["--db", str(tmp_path / "db.sqlite"), "import", str(broken)]) == 1
    assert "geen geldige JSON (regel" in capsys.readouterr().err
