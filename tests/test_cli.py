"""The command line as FORMATS.md section 3 promises it: commands, messages, exit codes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from broker_app import __version__
from broker_app.cli import main
from tests.csvfiles import offering, write_csv


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_import_then_search(capsys, db: str, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "a.csv",
        [
            offering(),
            offering(
                code="HYG",
                title="Hygiënecode voor de horeca",
                outcomes="hygiënecode",
                description="",
            ),
        ],
    )
    code, out, _ = run(capsys, "--db", db, "import", str(path))
    assert code == 0 and "2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen" in out
    code, out, _ = run(capsys, "search", "hygiene", "--json", "--db", db)
    assert code == 0
    results = json.loads(out)["results"]
    assert [r["title"] for r in results] == ["Hygiënecode voor de horeca"]
    assert {"provider", "code", "title", "score"} <= set(results[0])
    code, out, _ = run(capsys, "--db", db, "search", "zorgplannen", "--top", "1")
    assert code == 0 and "Werken met het zorgplan" in out and "€ 450,00" in out


def test_refused_import_exits_1_with_the_errors_and_writes_nothing(
    capsys, db: str, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "a.csv", [offering(), offering(code="B", price="twaalf")])
    code, out, err = run(capsys, "--db", db, "import", str(path))
    assert code == 1 and out == ""
    assert err.splitlines()[0] == "import geweigerd: 1 fout, er is niets opgeslagen"
    assert 'rij 3, kolom price: "twaalf" is geen bedrag' in err
    assert "Traceback" not in err
    code, out, _ = run(capsys, "--db", db, "search", "zorgplan", "--json")
    assert json.loads(out)["results"] == []


def test_english_messages(capsys, db: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [offering(price="twaalf")])
    code, _, err = run(capsys, "--db", db, "--lang", "en", "import", str(path))
    assert code == 1
    assert 'row 2, column price: "twaalf" is not an amount' in err
    assert "import refused: 1 error, nothing was saved" in err.splitlines()


def test_skip_invalid_and_dry_run(capsys, db: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [offering(), offering(code="B", level="x")])
    code, out, _ = run(capsys, "--db", db, "import", str(path), "--dry-run", "--skip-invalid")
    assert code == 0 and "proefimport: 1 nieuw" in out
    code, out, err = run(capsys, "--db", db, "import", str(path), "--skip-invalid")
    assert code == 0 and "1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 overgeslagen" in out
    assert "rij 3, kolom level" in err


@pytest.mark.parametrize("name", ["ontbreekt.csv", "aanbod.pdf"])
def test_missing_or_unknown_files_are_refused(capsys, db: str, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".pdf"):
        path.write_bytes(b"%PDF-1.4")
    code, _, err = run(capsys, "--db", db, "import", str(path))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_database_that_is_not_sqlite_is_refused(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("geen database " * 500)
    code, _, err = run(capsys, "--db", str(bad), "doctor")
    assert code == 1 and err.strip() == f"{bad} is geen database van Opleidingsmakelaar"


def test_a_mistyped_database_path_is_not_created(capsys, tmp_path: Path) -> None:
    missing = tmp_path / "nodir" / "typo.sqlite"
    for command in (["doctor"], ["search", "vca"], ["export", str(tmp_path / "x.csv")]):
        code, _, err = run(capsys, "--db", str(missing), *command)
        assert code == 1 and err.startswith("database niet gevonden:")
    assert not missing.parent.exists()


def test_doctor_reports_counts(capsys, db: str, tmp_path: Path) -> None:
    run(capsys, "--db", db, "import", str(write_csv(tmp_path / "a.csv", [offering()])))
    code, out, _ = run(capsys, "--db", db, "doctor")
    assert code == 0
    assert "integriteit: ok" in out and "opleidingen: 1" in out and "zoekindex: ok (1)" in out


def test_export(capsys, db: str, tmp_path: Path) -> None:
    run(capsys, "--db", db, "import", str(write_csv(tmp_path / "a.csv", [offering()])))
    out_file = tmp_path / "uit.csv"
    code, out, _ = run(capsys, "--db", db, "export", str(out_file))
    assert code == 0 and "1 opleiding geëxporteerd" in out
    assert "Werken met het zorgplan" in out_file.read_text(encoding="utf-8-sig")


def test_environment_variable_chooses_the_database(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "env.sqlite"
    monkeypatch.setenv("BROKER_APP_DB", str(target))
    run(capsys, "import", str(write_csv(tmp_path / "a.csv", [offering()])))
    assert target.exists()
    _, out, _ = run(capsys, "doctor")
    assert str(target) in out and "opleidingen: 1" in out


def test_demo_is_idempotent(capsys, db: str) -> None:
    code, first, _ = run(capsys, "--db", db, "demo")
    assert code == 0
    code, second, _ = run(capsys, "--db", db, "demo")
    assert code == 0 and first == second
    assert "werkgevers" in first


def test_wrong_usage_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["search"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["--lang", "fr", "doctor"])
    assert info.value.code == 2


def test_console_script_runs_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.csv"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "broker_app",
            "--db",
            str(tmp_path / "x.sqlite"),
            "import",
            str(bad),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "dit is geen tekstbestand (CSV); sla het op als CSV en probeer opnieuw"
    )


def test_match_json_has_the_promised_fields(capsys, db: str, tmp_path: Path) -> None:
    run(capsys, "--db", db, "demo")
    demand = tmp_path / "vraag.json"
    demand.write_text(json.dumps({
        "client": "Thuiszorg De Vecht", "text": "Onze helpenden moeten medicatie aanreiken.",
        "competences": ["medicatie aanreiken"], "city": "Zwolle", "max_distance_km": 30,
        "target_level": "mbo-3", "delivery": ["online"], "must": ["delivery"]}))  # fmt: skip
    code, out, _ = run(capsys, "--db", db, "match", str(demand), "--json", "--top", "3",
                       "--compose")  # fmt: skip
    assert code == 0
    data = json.loads(out)
    ranks = [r["rank"] for r in data["results"]]
    assert len(ranks) in (1, 2, 3) and ranks == list(range(1, len(ranks) + 1))
    assert data["results"][0]["title"].startswith("Medicatie")
    for r in data["results"]:
        assert {"rank", "provider", "code", "title", "score", "reasons", "unknown",
                "violations"} <= set(r)  # fmt: skip
        assert 0 <= r["score"] <= 100
    scores = [r["score"] for r in data["results"]]
    assert scores == sorted(scores, reverse=True)
    assert data["near_misses"] and all(n["must"] == "delivery" for n in data["near_misses"])
    assert "modules" in data["programme"] and "gaps" in data["programme"]


def test_match_text_names_the_wishes_an_offering_misses(capsys, db: str, tmp_path: Path) -> None:
    """The text output says what the JSON's ``violations`` say, in the broker's words."""
    run(capsys, "--db", db, "demo")
    demand = tmp_path / "vraag.json"
    demand.write_text(json.dumps({
        "client": "Thuiszorg De Vecht", "text": "Onze helpenden moeten medicatie aanreiken.",
        "competences": ["medicatie aanreiken"], "city": "Zwolle",
        "schedule": ["avond"]}))  # fmt: skip
    _, out, _ = run(capsys, "--db", db, "match", str(demand), "--json", "--top", "3")
    violations = [r["violations"] for r in json.loads(out)["results"]]
    assert ["schedule"] in violations  # the demo has no evening course for this
    code, out, _ = run(capsys, "--db", db, "match", str(demand), "--top", "3")
    assert code == 0
    assert out.count("! wijkt af van de wens voor: rooster") == violations.count(["schedule"])
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "match", str(demand), "--top", "3")
    assert out.count("! differs from the wish for: schedule") == violations.count(["schedule"])


def test_match_refuses_a_bad_demand_naming_each_field(capsys, db: str, tmp_path: Path) -> None:
    run(capsys, "--db", db, "demo")
    demand = tmp_path / "vraag.json"
    demand.write_text(json.dumps({"client": "X", "text": "y", "participants": -2,
                                  "must": ["prijs"]}))  # fmt: skip
    code, out, err = run(capsys, "--db", db, "match", str(demand))
    assert code == 1 and out == "" and "Traceback" not in err
    assert 'veld participants: "-2" mag niet negatief zijn' in err
    assert 'veld must: "prijs" is geen bekende waarde' in err
    demand.write_text("{kapot")
    code, _, err = run(capsys, "--db", db, "--lang", "en", "match", str(demand))
    assert code == 1 and err.startswith("not valid JSON (line 1, character 2): ")
    assert "regel" not in err and "kolom" not in err


def test_proposal_from_a_demand_and_render_again(capsys, db: str, tmp_path: Path) -> None:
    from pypdf import PdfReader

    run(capsys, "--db", db, "demo")
    from broker_app.store.database import Store
    from broker_app.store.settings import set_setting

    settings_store = Store(db)
    with settings_store.transaction() as tx:
        set_setting(tx, "broker.organisation", {"name": "RegioOpleiders Zwolle"})
    settings_store.close()
    demand = tmp_path / "vraag.json"
    demand.write_text(json.dumps({
        "client": "Bakkerij Jansen & Zn <b>", "title": "Hygiëne op de werkvloer",
        "text": "Onze medewerkers moeten de hygiënecode kennen.", "participants": 6,
        "city": "Zwolle"}))  # fmt: skip
    out = tmp_path / "voorstel.pdf"
    code, stdout, err = run(capsys, "--db", db, "proposal", str(demand), "--out", str(out))
    assert code == 0, err
    number = stdout.split()[1]
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Bakkerij Jansen & Zn <b>" in text and number in text and "Hygiënecode" in text
    assert "pagina 1 van" in text and "RegioOpleiders Zwolle" in text
    assert "Uw vraag" in text and "Onze medewerkers moeten de hygiënecode kennen." in text
    assert "Planning" in text and "Eerstvolgende start" in text
    assert "km van Zwolle)" in text
    composed = tmp_path / "programma.pdf"
    code, _, err = run(capsys, "--db", db, "proposal", str(demand), "--out", str(composed),
                       "--compose")  # fmt: skip
    assert code == 0, err
    assert "Bakkerij Jansen & Zn <b>" in PdfReader(composed).pages[0].extract_text()
    again = tmp_path / "opnieuw.pdf"
    code, _, _ = run(capsys, "--db", db, "render", number, "--out", str(again))
    assert code == 0 and "Bakkerij Jansen & Zn <b>" in PdfReader(again).pages[0].extract_text()
    code, _, err = run(capsys, "--db", db, "render", "2099-0001", "--out", str(again))
    assert code == 1 and "2099-0001" in err


def test_render_prints_the_brokers_own_conditions(tmp_path: Path) -> None:
    """Texts set in Instellingen reach the PDF the command line writes, too."""
    from pypdf import PdfReader

    from broker_app.proposals import texts
    from broker_app.store.database import Store

    db = tmp_path / "db.sqlite"
    demand = tmp_path / "demand.json"
    demand.write_text(
        '{"client": "Bakkerij Bol", "text": "hygiëne in de keuken"}', encoding="utf-8"
    )
    assert main(["--db", str(db), "demo"]) == 0
    store = Store(db)
    texts.save_custom_texts(store, {"nl": {"conditions": ["Betaling binnen 14 dagen na start."]}})
    store.close()
    out = tmp_path / "voorstel.pdf"
    assert main(["--db", str(db), "proposal", str(demand), "--out", str(out), "--top", "1"]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Betaling binnen 14 dagen na start." in text


# xlsx: workbooks in and out, and the safe exports of clients and proposals


def _workbook(path: Path, rows: list[dict[str, str]]) -> Path:
    from openpyxl import Workbook

    from broker_app.catalogue.columns import COLUMNS

    wb = Workbook()
    wb.active.append(list(COLUMNS))
    for row in rows:
        wb.active.append([row.get(c) or None for c in COLUMNS])
    wb.save(path)
    return path


def test_import_xlsx_like_csv(capsys, db: str, tmp_path: Path) -> None:
    good = _workbook(tmp_path / "aanbod.xlsx", [offering(), offering(code="B")])
    bad = _workbook(tmp_path / "fout.xlsx", [offering(), offering(code="B", price="twaalf")])
    code, _, err = run(capsys, "--db", db, "import", str(bad))
    assert code == 1 and 'rij 3, kolom price: "twaalf" is geen bedrag' in err
    code, out, _ = run(capsys, "--db", db, "import", str(bad), "--skip-invalid", "--dry-run")
    assert code == 0 and "proefimport: 1 nieuw" in out
    code, out, _ = run(capsys, "--db", db, "import", str(good))
    assert code == 0 and "2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen (aanbod.xlsx)" in out


def test_a_csv_named_xlsx_is_refused_in_one_line(capsys, db: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "aanbod.xlsx", [offering()])
    code, _, err = run(capsys, "--db", db, "import", str(path))
    assert code == 1 and err.strip().count("\n") == 0 and "tekstbestand" in err
    (tmp_path / "x.ods").write_bytes(b"PK")
    code, _, err = run(capsys, "--db", db, "--lang", "en", "import", str(tmp_path / "x.ods"))
    assert (
        code == 1
        and err.strip() == "unknown file format: .ods (use .csv, .txt, .tsv, .xlsx, .json)"
    )


def test_export_xlsx_and_the_other_lists(capsys, db: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    run(capsys, "--db", db, "demo")
    code, out, _ = run(capsys, "--db", db, "export", str(tmp_path / "c.xlsx"))
    assert code == 0 and "opleidingen geëxporteerd" in out
    assert load_workbook(tmp_path / "c.xlsx").active["A1"].value == "provider"
    code, out, _ = run(capsys, "--db", db, "export", str(tmp_path / "k.csv"), "--what", "clients")
    assert code == 0 and out.startswith("9 werkgevers geëxporteerd")
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "export", str(tmp_path / "v.xlsx"),
                       "--what", "proposals")  # fmt: skip
    assert code == 0 and out.startswith("5 proposals exported")
    with pytest.raises(SystemExit) as info:
        main(["--db", db, "export", str(tmp_path / "x.csv"), "--what", "offertes"])
    assert info.value.code == 2


def test_proposal_leaves_stale_offerings_out_and_says_so(tmp_path: Path, capsys) -> None:
    """No start date left: a script cannot confirm it, so it is not proposed."""
    from tests.csvfiles import offering, write_csv

    db = str(tmp_path / "db.sqlite")
    rows = [
        offering(provider="A", code="OUD", title="Heftruck rijden", start_dates="2020-03-01",
                 keywords="heftruck", city="Zwolle"),
        offering(provider="B", code="NIEUW", title="Heftruck rijden", start_dates="2030-03-01",
                 keywords="heftruck", city="Zwolle"),
    ]  # fmt: skip
    assert main(["--db", db, "import", str(write_csv(tmp_path / "c.csv", rows))]) == 0
    demand = tmp_path / "d.json"
    demand.write_text('{"client": "Bol", "text": "heftruck rijden"}', encoding="utf-8")
    out = tmp_path / "v.pdf"
    capsys.readouterr()
    assert main(["--db", db, "proposal", str(demand), "--out", str(out), "--top", "2"]) == 0
    assert "1 verouderde opleiding(en) overgeslagen" in capsys.readouterr().err
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert text.count("Heftruck rijden") >= 1
    from broker_app.store.database import Store

    store = Store(tmp_path / "db.sqlite")
    try:
        offered = [
            r[0]
            for r in store.db.execute(
                "SELECT o.code FROM proposal_lines l JOIN offerings o ON o.id = l.offering_id"
            )
        ]
    finally:
        store.close()
    assert offered == ["NIEUW"]


def test_imports_lists_and_undoes_batches(capsys, db: str, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "imports", "--db", db)
    assert code == 1  # no database yet: refused, not created
    first = write_csv(
        tmp_path / "eerste.csv", [offering(code="A-1", title="Werken met het zorgplan")]
    )
    second = write_csv(
        tmp_path / "tweede.csv",
        [offering(code="A-1", title="Zorgplan vernieuwd"), offering(code="B-1", title="Heftruck")],
    )
    assert run(capsys, "import", str(first), "--db", db)[0] == 0
    assert run(capsys, "import", str(second), "--db", db)[0] == 0
    code, out, _ = run(capsys, "imports", "--db", db)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("nummer") and "bestand" in lines[0]
    assert "tweede.csv" in lines[1] and "geïmporteerd" in lines[1]
    assert "eerste.csv" in lines[2]
    newest, oldest = lines[1].split()[0], lines[2].split()[0]
    code, out, err = run(capsys, "imports", "--undo", oldest, "--db", db)
    assert code == 1 and out == ""
    assert "eerst ongedaan" in err and "tweede.csv" in err
    code, _, err = run(capsys, "imports", "--undo", oldest, "--db", db, "--lang", "en")
    assert code == 1 and "undo that one first" in err
    code, out, _ = run(capsys, "imports", "--undo", newest, "--db", db)
    assert code == 0
    assert "import van tweede.csv ongedaan gemaakt" in out and "1 nieuwe" in out
    code, out, _ = run(capsys, "search", "heftruck", "--db", db, "--json")
    assert "Heftruck" not in out
    code, out, _ = run(capsys, "imports", "--db", db, "--lang", "en")
    assert "undone" in out.splitlines()[1] and out.splitlines()[0].startswith("number")
    code, _, err = run(capsys, "imports", "--undo", newest, "--db", db, "--lang", "en")
    assert code == 1 and "already been undone" in err
    code, _, err = run(capsys, "imports", "--undo", "nothere", "--db", db)
    assert code == 1 and "geen importbatch" in err
    code, out, _ = run(capsys, "imports", "--undo", oldest, "--db", db, "--lang", "en")
    assert code == 0 and "import of eerste.csv undone" in out


def test_audit_prints_exports_and_filters(capsys, db: str, tmp_path: Path) -> None:
    from broker_app.store import audit, clients
    from broker_app.store.database import Store

    run(capsys, "--db", db, "import", str(write_csv(tmp_path / "a.csv", [offering()])))
    store = Store(db)
    with store.transaction() as tx:
        tx.conn.execute(
            "INSERT INTO audit_log (at, profile, action, table_name, record_id, details) "
            "VALUES ('2001-05-01T10:00:00.000Z', 'Oud', 'create', 'clients', 'weg', '{}')"
        )
        client_id = clients.insert_client(tx, {"name": "Zorggroep Parel"})
        clients.update_client(tx, client_id, {"email": "a@b.nl"})
        audit.record(tx, "delete", "clients", "=1+1")
    store.close()
    code, out, _ = run(capsys, "--db", db, "audit")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("Moment")
    assert "Klant verwijderd — =1+1" in lines[1]
    assert "Klant gewijzigd: e-mail — Zorggroep Parel" in lines[2]
    assert "Catalogus geïmporteerd: 1 nieuw" in lines[-1] and "Oud" in out
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "audit", "--since", "2020-01-01",
                       "--kind", "clients", "--top", "1")  # fmt: skip
    assert code == 0 and "Client deleted" in out and "Oud" not in out
    assert "… and 2 more" in out
    target = tmp_path / "log.csv"
    code, out, _ = run(capsys, "--db", db, "audit", "--since", "2020-01-01", "--export",
                       str(target))  # fmt: skip
    assert code == 0 and out.startswith("4 logregels geëxporteerd")
    text = target.read_text(encoding="utf-8-sig")
    assert "'=1+1" in text and "Oud" not in text
    code, _, err = run(capsys, "--db", db, "audit", "--since", "gisteren")
    assert code == 1 and "ongeldige datum voor --since" in err
    code, _, err = run(capsys, "--db", db, "audit", "--kind", "klanten")
    assert code == 1 and "onbekende soort voor --kind" in err


def test_audit_of_an_empty_log(capsys, db: str, tmp_path: Path) -> None:
    from broker_app.store.database import Store

    Store(db).close()
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "audit")
    assert (code, out.strip()) == (0, "The audit log is empty.")
