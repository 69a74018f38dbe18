"""The command line for client data: client-export, client-erase, privacy --apply-retention;
exit codes and messages in Dutch and English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from broker_app.cli import main
from broker_app.store import clients as clients_repo
from broker_app.store.database import Store
from tests.privacy.data import OTHER, ZORG, fill


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "cli.sqlite"
    store = Store(path)
    fill(store)
    with store.transaction() as tx:  # two employers that share a name prefix and a KvK number
        clients_repo.insert_client(tx, {"name": "Bakkerij Jansen", "kvk": "12345678"})
        clients_repo.insert_client(tx, {"name": "Bakkerij Jansen Oost", "kvk": "12345678"})
    store.close()
    return str(path)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_client_export_by_name_writes_the_json(capsys, db: str, tmp_path: Path) -> None:
    out_file = tmp_path / "zorg.json"
    code, out, err = run(capsys, "--db", db, "client-export", ZORG, str(out_file))
    assert (code, err) == (0, "")
    assert out.strip() == f"alle gegevens van {ZORG} geschreven naar {out_file}"
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["client"]["name"] == ZORG and OTHER not in out_file.read_text(encoding="utf-8")


def test_client_export_by_kvk_in_english(capsys, db: str, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "client-export", "71846203",
                       str(tmp_path / "z.json"))  # fmt: skip
    assert code == 0 and out.startswith(f"all data about {ZORG} written to")


def test_an_unknown_client_exits_1_with_a_message(capsys, db: str, tmp_path: Path) -> None:
    code, out, err = run(capsys, "--db", db, "client-export", "Nergens BV", str(tmp_path / "x"))
    assert (code, out) == (1, "")
    assert err.strip() == (
        "geen klant gevonden voor “Nergens BV”; geef het id, het KvK-nummer of de precieze naam"
    )
    assert not (tmp_path / "x").exists()
    code, _, err = run(capsys, "--db", db, "--lang", "en", "client-erase", "Nergens BV")
    assert code == 1 and err.startswith("no client found for “Nergens BV”")


def test_an_ambiguous_client_lists_the_ids(capsys, db: str) -> None:
    code, _, err = run(capsys, "--db", db, "client-erase", "12345678", "--yes")
    assert code == 1
    assert err.startswith("“12345678” past bij 2 klanten; geef het id van de bedoelde klant:")
    assert "Bakkerij Jansen (" in err and "Bakkerij Jansen Oost (" in err
    code, _, err = run(capsys, "--db", db, "--lang", "en", "client-export", "12345678", "x.json")
    assert code == 1 and err.startswith("“12345678” fits 2 clients; give the id")


def test_erase_without_yes_refuses_and_changes_nothing(capsys, db: str) -> None:
    code, out, err = run(capsys, "--db", db, "client-erase", ZORG)
    assert (code, out) == (1, "")
    assert err.startswith("niets gewist: wissen kan niet ongedaan worden gemaakt.")
    assert "--yes" in err
    code, _, err = run(capsys, "--db", db, "--lang", "en", "client-erase", ZORG)
    assert code == 1 and err.startswith("nothing erased: erasing cannot be undone.")
    store = Store(db)
    assert clients_repo.find_client_by_name(store.db, ZORG) is not None
    store.close()


def test_erase_with_yes(capsys, db: str) -> None:
    code, out, err = run(capsys, "--db", db, "client-erase", ZORG, "--yes")
    assert (code, err) == (0, "")
    assert out.startswith(
        f"persoonsgegevens van {ZORG} gewist; de klant heet nu “Geanonimiseerde klant 1” "
        "(2 contactpersonen verwijderd, 2 deelnemers geanonimiseerd, 1 verzonden "
        "voorstelversie bijgewerkt)."
    )
    store = Store(db)
    assert clients_repo.find_client_by_name(store.db, ZORG) is None
    store.close()
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "client-erase", OTHER, "--yes")
    assert code == 0 and "the client is now called “Geanonimiseerde klant 2”" in out


def test_an_erased_client_is_not_erased_again(capsys, db: str) -> None:
    assert run(capsys, "--db", db, "client-erase", ZORG, "--yes")[0] == 0
    store = Store(db)
    before = store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    store.close()
    code, out, err = run(capsys, "--db", db, "client-erase", "Geanonimiseerde klant 1", "--yes")
    assert (code, err) == (0, "")
    assert out.startswith("de persoonsgegevens van Geanonimiseerde klant 1 zijn al gewist op ")
    assert out.strip().endswith("; er is niets veranderd")
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "client-erase",
                       "Geanonimiseerde klant 1")  # fmt: skip
    assert code == 0 and "were already erased on" in out
    store = Store(db)
    assert clients_repo.find_client_by_name(store.db, "Geanonimiseerde klant 1") is not None
    assert clients_repo.find_client_by_name(store.db, "Geanonimiseerde klant 2") is None
    assert store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    store.close()


def test_privacy_apply_retention(capsys, db: str) -> None:
    code, out, _ = run(capsys, "--db", db, "privacy")
    assert code == 0 and "na 24 maanden zonder activiteit" in out
    store = Store(db)
    with store.transaction() as tx:
        tx.execute("UPDATE intakes SET updated_at = '2020-01-01T00:00:00.000Z'")
        tx.execute("UPDATE demand_lines SET updated_at = '2020-01-01T00:00:00.000Z'")
        tx.execute("UPDATE proposals SET updated_at = '2020-01-01T00:00:00.000Z'")
        tx.execute("UPDATE proposal_versions SET updated_at = '2020-01-01T00:00:00.000Z'")
    store.close()
    code, out, _ = run(capsys, "--db", db, "privacy", "--apply-retention")
    assert code == 0
    assert out.strip() == (
        "4 deelnemers van 2 klanten geanonimiseerd (geen activiteit in 24 maanden)"
    )
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "privacy", "--apply-retention")
    assert out.strip() == "0 participants of 0 clients anonymised (no activity in 24 months)"


def test_the_commands_never_create_a_database(capsys, tmp_path: Path) -> None:
    missing = tmp_path / "nope.sqlite"
    code, _, err = run(capsys, "--db", str(missing), "client-erase", "x", "--yes")
    assert code == 1 and "database niet gevonden" in err and not missing.exists()
