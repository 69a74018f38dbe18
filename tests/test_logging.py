"""The log: a rotating file in the user log folder, start-up facts, every unexpected error with
its traceback; the command line says one calm line (exit 3) and keeps tracebacks off screen."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from broker_app import __version__, cli, logs
from tests.csvfiles import offering, write_csv


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(logs, "user_log_dir", lambda: tmp_path / "logs")
    logs.reset_logging()
    yield tmp_path / "logs" / logs.LOG_FILE_NAME
    logs.reset_logging()


def _text(path: Path) -> str:
    for handler in logging.getLogger("broker_app").handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_rotates_at_two_megabytes_and_keeps_five(log_path: Path) -> None:
    assert logs.setup_logging() == log_path
    assert logs.setup_logging() == log_path  # once only
    handlers = [h for h in logging.getLogger("broker_app").handlers
                if isinstance(h, logging.handlers.RotatingFileHandler)]  # fmt: skip
    assert len(handlers) == 1
    assert (handlers[0].maxBytes, handlers[0].backupCount) == (2_000_000, 5)


def test_an_unwritable_log_folder_falls_back_to_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(logs, "user_log_dir", lambda: blocker / "logs")
    monkeypatch.setattr(logs.tempfile, "gettempdir", lambda: str(tmp_path / "temp"))
    logs.reset_logging()
    try:
        path = logs.setup_logging()
        assert path == tmp_path / "temp" / "Opleidingsmakelaar" / logs.LOG_FILE_NAME
        assert logs.log_file() == path
    finally:
        logs.reset_logging()


def test_a_command_logs_its_start_facts(capsys, log_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    path = write_csv(tmp_path / "c.csv", [offering()])
    assert cli.main(["--db", str(db), "import", str(path)]) == 0
    log = _text(log_path)
    assert f"start command import: Opleidingsmakelaar {__version__}, Python " in log
    assert f"database {db} (schema " in log


def test_an_unexpected_error_exits_3_with_one_calm_line_and_the_traceback_in_the_log(
    capsys, log_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(args, store) -> int:
        raise RuntimeError("iets onverwachts\nmet een tweede regel")

    monkeypatch.setitem(cli.COMMANDS, "search", broken)
    db = tmp_path / "db.sqlite"
    cli.main(["--db", str(db), "demo"])
    capsys.readouterr()
    code = cli.main(["--db", str(db), "search", "zorg"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_UNEXPECTED == 3
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.strip() == (
        f"onverwachte fout: iets onverwachts (details in het logbestand {log_path})"
    )
    log = _text(log_path)
    assert "ERROR broker_app.cli" in log and "unexpected error in search" in log
    assert "Traceback (most recent call last)" in log and "in broken" in log


def test_refused_input_stays_exit_1_without_a_log_traceback(
    capsys, log_path: Path, tmp_path: Path
) -> None:
    demand = tmp_path / "demand.json"
    demand.write_text("{niet json", encoding="utf-8")
    db = tmp_path / "db.sqlite"
    cli.main(["--db", str(db), "demo"])
    assert cli.main(["--db", str(db), "match", str(demand)]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert "Traceback" not in _text(log_path)


def test_an_error_starting_the_window_is_calm_too(
    capsys, log_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside a command (the window's start) the command line still says one calm line."""
    from broker_app.ui import app as app_module

    def broken(*args, **kwargs) -> int:
        raise ImportError("libEGL.so.1: cannot open shared object file")

    monkeypatch.setattr(app_module, "run_app", broken)
    code = cli.main(["--db", str(tmp_path / "db.sqlite")])
    err = capsys.readouterr().err
    assert code == 3 and "Traceback" not in err and str(log_path) in err
    assert "ImportError: libEGL.so.1" in _text(log_path)
