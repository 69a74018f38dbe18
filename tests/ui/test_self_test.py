"""``broker-app --self-test``: one line per step, exit 0 only when every step worked, and the
broker's own folders untouched."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from broker_app import resources_check
from broker_app.cli import main
from broker_app.paths import DATA_FOLDERS, data_dir
from broker_app.ui import self_test
from broker_app.ui.views.catalogue_page import CataloguePage

PAGES_NL = ["Overzicht", "Klanten", "Intake", "Aanbod", "Matching", "Voorstellen", "Instellingen"]
PAGES_EN = ["Overview", "Clients", "Intake", "Catalogue", "Matching", "Proposals", "Settings"]
OK_NL = re.compile(r"^OK   (?P<step>.+) \((?P<seconds>\d+,\d\d) s\)$")
OK_EN = re.compile(r"^OK   (?P<step>.+) \((?P<seconds>\d+\.\d\d) s\)$")
STEPS = 9 + len(PAGES_NL)  # files, database, demo, match, fonts, pdf, backup, translations,
# window, and one per page

# Files opened while the self-test runs (an audit hook cannot be removed: it only records
# while this list is not None).
_opened: list[str] | None = None


def _record_opens(event: str, args: tuple) -> None:
    if _opened is not None and event == "open" and isinstance(args[0], str | os.PathLike):
        _opened.append(os.fspath(args[0]))


sys.addaudithook(_record_opens)


def _user_files() -> list[Path]:
    """Everything in the user folders the test run was given (tests/conftest.py)."""
    found: list[Path] = []
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = Path(os.environ[variable])
        if folder.exists():
            found.extend(folder.rglob("*"))
    return found


def test_every_step_works_and_says_so_in_dutch(qapp, capsys) -> None:
    global _opened
    before = _user_files()
    _opened = []
    try:
        code = main(["--self-test"])
    finally:
        opened, _opened = _opened, None
    lines = capsys.readouterr().out.splitlines()
    assert code == 0, "\n".join(lines)
    assert lines[0].startswith("Zelftest van Opleidingsmakelaar")
    assert str(data_dir("db").parent) in lines[0]
    steps = [OK_NL.match(line) for line in lines[1:-1]]
    assert all(steps), "\n".join(lines)
    names = [m["step"] for m in steps]
    assert names[:3] == [
        "Meegeleverde bestanden",
        "Database aanmaken (migraties)",
        "Demo-aanbod, demoklanten en demovoorstellen laden",
    ]
    assert "Voorstel samenstellen en als PDF opmaken" in names
    assert "Back-up maken en terugzetten" in names
    assert names[-len(PAGES_NL) :] == [f"Pagina {p}" for p in PAGES_NL]
    assert len(names) == STEPS
    assert lines[-1].startswith(f"Zelftest geslaagd: {STEPS} stappen in ")
    # The same lines in the self-test's log (a windowed build on Windows has no console).
    written = self_test.log_path().read_text(encoding="utf-8")
    assert lines[0] in written and lines[-1] in written
    # Nothing written to the broker's data, config, log or Qt settings folders.
    assert _user_files() == before
    # Every bundled file it read is in the resource list (what the code loads is listed).
    root = data_dir("db").parent
    folders = [data_dir(name) for name in DATA_FOLDERS]
    read = {Path(p).resolve() for p in opened if Path(p).is_file()}
    bundled = {p.relative_to(root).as_posix() for p in read
               if any(p.is_relative_to(f) for f in folders)}  # fmt: skip
    assert {"db/demo/catalogue.csv", "db/migrations/0001_schema.sql"} <= bundled
    assert bundled <= set(resources_check.expected_resources())


def test_english_lines_with_the_language_anywhere(qapp, capsys) -> None:
    code = main(["--self-test", "--lang=en"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0, "\n".join(lines)
    assert lines[0].startswith("Self-test of Opleidingsmakelaar")
    names = [OK_EN.match(line)["step"] for line in lines[1:-1]]
    assert names[-len(PAGES_EN) :] == [f"Page {p}" for p in PAGES_EN]
    assert lines[-1].startswith(f"Self-test passed: {STEPS} steps in ")


def test_a_broken_step_is_a_fout_line_and_exit_1(qapp, capsys, monkeypatch) -> None:
    """An unexpected exception fails its step (logged), the steps that need it are skipped,
    the independent ones still run; an exception inside the window fails only that page."""

    def broken_matching(store, lang):
        raise RuntimeError("de matcher is stuk")

    def broken_activate(self, **arguments):
        raise ValueError("aanbod kapot")

    monkeypatch.setattr(self_test, "match_demand", broken_matching)
    monkeypatch.setattr(CataloguePage, "activate", broken_activate)
    code = main(["--self-test"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    failed = [line for line in lines if line.startswith("FOUT ")]
    assert failed == [
        "FOUT Een vraag matchen: RuntimeError: de matcher is stuk",
        "FOUT Voorstel samenstellen en als PDF opmaken: overgeslagen, want 'Een vraag matchen' "
        "mislukte",
        "FOUT Pagina Aanbod: het venster meldde: ValueError: aanbod kapot",
    ]
    passed = [OK_NL.match(line)["step"] for line in lines if OK_NL.match(line)]
    assert "Back-up maken en terugzetten" in passed
    assert "Pagina Voorstellen" in passed
    assert len(passed) == STEPS - 3
    assert lines[-1].startswith(f"Zelftest mislukt: 3 van {STEPS} stappen")
    assert str(self_test.log_path()) in lines[-1]
    written = self_test.log_path().read_text(encoding="utf-8")
    assert "RuntimeError: de matcher is stuk" in written and "Traceback" in written


def test_a_missing_bundled_file_fails_the_first_step(qapp, capsys, monkeypatch) -> None:
    monkeypatch.setattr(resources_check, "missing_here", lambda: ["resources/fonts/DejaVuSans.ttf"])
    assert main(["--lang", "en", "--self-test"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "FAIL Bundled files: missing: resources/fonts/DejaVuSans.ttf"
    assert lines[-1].startswith(f"Self-test failed: 1 of {STEPS} steps")


@pytest.mark.parametrize("argv", [["--self-test", "demo"], ["doctor", "--self-test"]])
def test_the_self_test_wins_over_a_command(qapp, capsys, monkeypatch, argv) -> None:
    ran: list[str] = []
    monkeypatch.setattr(self_test, "run_self_test", lambda lang: ran.append(lang) or 0)
    assert main(argv) == 0
    assert ran == ["nl"]
