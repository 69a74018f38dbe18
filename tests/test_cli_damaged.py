"""A damaged database on the command line (issue 7 review): every command says so calmly in
Dutch (exit 1, never SQLite's text, never exit 3), and no backup of the damaged file is made,
so the good backups are not rotated out."""

from __future__ import annotations

from pathlib import Path

import pytest

from broker_app.cli import main
from broker_app.paths import backup_dir_for
from broker_app.store import backups
from tests.csvfiles import offering, write_csv


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def damage(path: Path, first: int, last: int) -> None:
    """Garbage over every other page from ``first`` to ``last`` (the header stays readable)."""
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > last * page, "the database is too small to damage there"
    for start in range(first * page, last * page, 2 * page):
        data[start : start + page] = b"\xa5" * page
    path.write_bytes(bytes(data))


def demo_with_backup(capsys, path: Path) -> Path:
    assert run(capsys, "--db", str(path), "demo")[0] == 0
    assert run(capsys, "--db", str(path), "backup")[0] == 0
    return path


@pytest.fixture
def damaged(capsys, tmp_path: Path) -> Path:
    """Damage in the catalogue's pages: the file opens and search still answers, as the
    reviewer saw (the demo database has ~670 pages)."""
    path = demo_with_backup(capsys, tmp_path / "broker.sqlite")
    damage(path, 300, 420)
    return path


@pytest.fixture
def badly_damaged(capsys, tmp_path: Path) -> Path:
    """Damage in the schema's first pages: nearly every command trips over it."""
    path = demo_with_backup(capsys, tmp_path / "broker.sqlite")
    damage(path, 8, 40)
    return path


def test_a_backup_of_a_damaged_database_is_refused(capsys, damaged: Path, tmp_path: Path):
    before = backups.list_backups(damaged)
    code, out, err = run(capsys, "--db", str(damaged), "backup")
    assert code == 1 and not out
    assert err.startswith(f"de database {damaged} is beschadigd; er is geen back-up gemaakt")
    assert str(backup_dir_for(damaged)) in err
    code, _, err = run(capsys, "--db", str(damaged), "backup", str(tmp_path / "kopie.sqlite"))
    assert code == 1 and not (tmp_path / "kopie.sqlite").exists()
    assert backups.list_backups(damaged) == before


def test_an_import_into_a_damaged_database_is_refused_without_a_backup(
    capsys, damaged: Path, tmp_path: Path
):
    before = backups.list_backups(damaged)
    csv = write_csv(tmp_path / "a.csv", [offering(code="NIEUW")])
    code, out, err = run(capsys, "--db", str(damaged), "import", str(csv))
    assert code == 1 and not out
    assert err.startswith("de database is beschadigd; zet een back-up terug (broker-app restore")
    assert str(backup_dir_for(damaged)) in err
    assert backups.list_backups(damaged) == before  # no "voor-import" copy of the damage


def test_doctor_reports_damage_calmly(capsys, damaged: Path):
    code, out, err = run(capsys, "--db", str(damaged), "doctor")
    assert code == 1 and not out
    assert err.startswith(f"de database {damaged} is beschadigd (")
    assert "broker-app restore" in err and str(backup_dir_for(damaged)) in err
    code, _, err = run(capsys, "--db", str(damaged), "--lang", "en", "doctor")
    assert code == 1 and err.startswith(f"the database {damaged} is damaged (")


@pytest.mark.parametrize("command", [["search", "zorg"], ["imports"], ["demo"], ["audit"]])
def test_commands_on_a_damaged_database_say_so_in_dutch(capsys, badly_damaged: Path, command):
    damaged = badly_damaged
    code, _, err = run(capsys, "--db", str(damaged), *command)
    assert code == 1, err
    assert "malformed" not in err and "onverwachte fout" not in err
    assert err.strip() == (
        f"de database {damaged} is beschadigd; zet een back-up terug met 'broker-app restore "
        f"BESTAND' (back-ups staan in {backup_dir_for(damaged)})"
    )


def test_the_missing_database_message_names_the_backups_folder(capsys, tmp_path: Path):
    path = tmp_path / "nergens.sqlite"
    code, _, err = run(capsys, "--db", str(path), "search", "zorg")
    assert code == 1 and str(backup_dir_for(path)) in err


@pytest.mark.parametrize("command", [("search", "zorg"), ("demo",), ("doctor",)])
def test_a_folder_given_as_database_is_named_with_the_file_to_give(capsys, tmp_path, command):
    code, _, err = run(capsys, "--db", str(tmp_path), *command)
    example = tmp_path / "opleidingsmakelaar.sqlite"
    assert code == 1
    assert err.strip() == (
        f"{tmp_path} is een map, geen database; geef het databasebestand, bijvoorbeeld {example}"
    )
    assert list(tmp_path.iterdir()) == []


def test_a_database_in_a_folder_that_cannot_be_made_is_said_in_words(capsys, tmp_path: Path):
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")
    path = blocker / "sub" / "makelaar.sqlite"  # its folder cannot be made: a file is in the way
    code, _, err = run(capsys, "--db", str(path), "demo")
    assert code == 1 and "Errno" not in err
    assert err.strip() == f"de database {path} kan niet geopend worden (bestaat de map?)"
