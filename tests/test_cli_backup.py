"""``broker-app backup`` and ``broker-app restore`` (issue 7), and no silent new database in
place of a missing one the installation used before."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from broker_app.cli import main
from broker_app.paths import backup_dir_for
from broker_app.store import backups
from tests.csvfiles import offering, write_csv


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def offerings_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM offerings").fetchone()[0]
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(capsys, tmp_path: Path) -> Path:
    """A database with two offerings, made through the command line."""
    path = tmp_path / "cli.sqlite"
    csv = write_csv(tmp_path / "a.csv", [offering(code="A"), offering(code="B")])
    assert run(capsys, "--db", str(path), "import", str(csv))[0] == 0
    return path


def test_backup_into_the_backups_folder_and_into_a_file(capsys, db: Path, tmp_path: Path) -> None:
    code, out, err = run(capsys, "--db", str(db), "backup")
    assert code == 0 and not err
    made = Path(out.strip().removeprefix("back-up gemaakt: "))
    assert made.parent == backup_dir_for(db) and offerings_in(made) == 2
    assert [b.kind for b in backups.list_backups(db) if b.path == made] == ["manual"]
    target = tmp_path / "usb" / "kopie.sqlite"
    code, out, err = run(capsys, "--db", str(db), "backup", str(target))  # no such folder
    assert code == 1 and not out and not target.parent.exists()
    assert err.strip() == (
        f"de map {target.parent} bestaat niet; maak hem eerst of kies een andere plek (er is "
        "geen back-up gemaakt)"
    )
    target.parent.mkdir()
    code, out, _ = run(capsys, "--db", str(db), "backup", str(target))
    assert code == 0 and out.strip() == f"back-up gemaakt: {target}"
    assert offerings_in(target) == 2
    code, out, err = run(capsys, "--db", str(db), "--lang", "en", "backup", str(target))
    assert code == 1 and not out
    assert err.strip() == (
        f"{target} already exists; choose a new file name (a backup overwrites nothing)"
    )


def test_backup_of_a_missing_database_is_refused(capsys, tmp_path: Path) -> None:
    path = tmp_path / "weg.sqlite"
    code, _, err = run(capsys, "--db", str(path), "backup")
    assert code == 1 and "database niet gevonden" in err
    assert not path.exists()


def test_restore_checks_replaces_and_keeps_the_old_database(
    capsys, db: Path, tmp_path: Path
) -> None:
    assert run(capsys, "--db", str(db), "backup", str(tmp_path / "twee.sqlite"))[0] == 0
    more = write_csv(tmp_path / "b.csv", [offering(code="C")])
    assert run(capsys, "--db", str(db), "import", str(more))[0] == 0
    assert offerings_in(db) == 3
    code, out, err = run(capsys, "--db", str(db), "restore", str(tmp_path / "twee.sqlite"))
    assert code == 0 and not err
    lines = out.strip().splitlines()
    assert lines[0].startswith(f"teruggezet: {tmp_path / 'twee.sqlite'} (schemaversie ")
    assert lines[0].endswith(f"staat nu in {db}")
    kept = Path(lines[1].removeprefix("de vervangen database is bewaard als "))
    assert kept.name.endswith("-voor-herstel.sqlite") and offerings_in(kept) == 3
    assert offerings_in(db) == 2
    code, out, _ = run(capsys, "--db", str(db), "search", "zorgplan", "--json")
    assert code == 0  # the restored database works


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_restore_refuses_a_bad_file_with_exit_1_and_changes_nothing(
    capsys, db: Path, tmp_path: Path, lang: str
) -> None:
    bad = tmp_path / "foto.sqlite"
    bad.write_bytes(b"\x89PNG\r\n" * 2000)
    before = digest(db)
    code, out, err = run(capsys, "--db", str(db), "--lang", lang, "restore", str(bad))
    assert code == 1 and not out
    expected = {
        "nl": f"{bad} is geen database; er is niets teruggezet",
        "en": f"{bad} is not a database; nothing was restored",
    }
    assert err.strip() == expected[lang]
    assert digest(db) == before
    assert not [b for b in backups.list_backups(db) if b.kind == "restore"]


def test_restore_onto_a_missing_database_puts_the_backup_in_place(
    capsys, db: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "bewaard.sqlite"
    assert run(capsys, "--db", str(db), "backup", str(copy))[0] == 0
    fresh = tmp_path / "nieuwe-pc" / "makelaar.sqlite"
    code, out, _ = run(capsys, "--db", str(fresh), "restore", str(copy))
    assert code == 0 and "bewaard als" not in out  # nothing was replaced, nothing kept
    assert offerings_in(fresh) == 2


def test_a_missing_remembered_database_is_not_made_again_by_a_writing_command(
    capsys, db: Path, tmp_path: Path
) -> None:
    db.unlink()
    csv = write_csv(tmp_path / "c.csv", [offering(code="Z")])
    code, out, err = run(capsys, "--db", str(db), "import", str(csv))
    assert code == 1 and not out
    assert err.strip().startswith(f"de database {db} is er niet meer, terwijl dit programma")
    assert not db.exists()
    code, _, err = run(capsys, "--db", str(db), "--lang", "en", "demo")
    assert code == 1 and "no empty database is made in its place" in err
    assert not db.exists()
    # A new file the installation never used is still made by a writing command.
    other = tmp_path / "tweede.sqlite"
    assert run(capsys, "--db", str(other), "import", str(csv))[0] == 0 and other.exists()
