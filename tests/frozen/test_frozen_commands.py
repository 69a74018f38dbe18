"""A broker's round through the frozen build's command line: the same program as in the window,
with the libraries the bundle carries (openpyxl, reportlab, rapidfuzz, SQLite) and without the
ones it leaves out (OpenSSL). Every user folder points into a temporary folder."""

import json
import os
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader


@pytest.fixture
def broker(exe: Path, tmp_path: Path):
    folders = {f"XDG_{kind}_HOME": str(tmp_path / kind.lower()) for kind in ("DATA", "STATE",
               "CONFIG", "CACHE")}  # fmt: skip
    env = {**os.environ, **folders, "QT_QPA_PLATFORM": "offscreen",
           "BROKER_APP_DB": str(tmp_path / "makelaar.sqlite")}  # fmt: skip

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(exe), *args], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
        )

    return run


def test_demo_export_import_match_proposal_backup_doctor(broker, tmp_path: Path) -> None:
    assert broker("demo").returncode == 0
    workbook = tmp_path / "aanbod.xlsx"
    done = broker("export", str(workbook))
    assert done.returncode == 0, done.stderr
    assert workbook.read_bytes()[:2] == b"PK"
    done = broker("import", str(workbook), "--dry-run")
    assert done.returncode == 0, done.stderr

    demand = tmp_path / "vraag.json"
    demand.write_text(json.dumps({
        "client": "Thuiszorg De Vecht", "title": "Medicatie",
        "text": "Onze helpenden moeten medicatie aanreiken.",
        "competences": ["medicatie aanreiken"], "city": "Zwolle", "participants": 4}),
        encoding="utf-8")  # fmt: skip
    done = broker("match", str(demand), "--json", "--top", "3")
    assert done.returncode == 0, done.stderr
    scores = [r["score"] for r in json.loads(done.stdout)["results"]]
    assert scores and scores == sorted(scores, reverse=True)

    pdf = tmp_path / "voorstel.pdf"
    done = broker("proposal", str(demand), "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Thuiszorg De Vecht" in text and "Onze helpenden moeten medicatie aanreiken." in text

    done = broker("backup")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("back-up gemaakt: ")
    assert Path(done.stdout.split(": ", 1)[1].strip()).parent == tmp_path / "backups"
    assert broker("doctor").returncode == 0


def test_a_bad_file_gets_one_clear_line_in_the_frozen_build_too(broker, tmp_path: Path) -> None:
    bad = tmp_path / "aanbod.csv"
    bad.write_text("dit;is;geen;catalogus\n1;2;3;4\n", encoding="utf-8")
    done = broker("--lang", "en", "import", str(bad))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "row 1, column title: required column is missing: title" in done.stderr
    assert broker("doctor").returncode == 0


def test_a_providers_own_sheet_is_mapped_and_imported(broker, tmp_path: Path) -> None:
    """Column suggestions (rapidfuzz) and the mapped import work with the libraries bundled."""
    sheet = tmp_path / "roc.csv"
    sheet.write_text(
        "Opleiding;Aanbieder;Prijs incl. btw;Startdatum;Niveau\n"
        "Hygiëne in de keuken;ROC Zwolle;250;1-3-2027;mbo-2\n",
        encoding="utf-8",
    )
    done = broker("import", str(sheet), "--suggest-profile", "roc")
    assert done.returncode == 0, done.stderr
    profile = json.loads(done.stdout[done.stdout.index("{") : done.stdout.rindex("}") + 1])
    assert profile["roc"]["columns"]["Opleiding"] == "title"
    done = broker("import", str(sheet), "--profile", "roc", "--fixed", "type=cursus")
    assert done.returncode == 0, done.stderr
    done = broker("search", "hygiene keuken", "--json")
    assert [r["title"] for r in json.loads(done.stdout)["results"]] == ["Hygiëne in de keuken"]
