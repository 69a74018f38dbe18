"""The bundled data folders are found from a source checkout, an installed wheel and a frozen
build; the user's database from --db, BROKER_APP_DB or the user data folder."""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from broker_app import paths

ROOT = Path(__file__).resolve().parent.parent


def test_source_checkout_finds_the_folders_beside_the_package() -> None:
    for name in paths.DATA_FOLDERS:
        assert paths.data_dir(name) == ROOT / name


def test_frozen_build_finds_the_folders_in_meipass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in paths.DATA_FOLDERS:
        (tmp_path / name).mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    for name in paths.DATA_FOLDERS:
        assert paths.data_dir(name) == tmp_path / name


def test_installed_wheel_carries_and_finds_the_folders(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
        ],
        check=True,
        timeout=300,
        capture_output=True,
    )
    wheel = next(wheels.glob("broker_app-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "broker_app/_data/db/migrations/0001_schema.sql" in names
    assert "broker_app/_data/db/demo/catalogue.csv" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import broker_app.paths as p, json; print(json.dumps([p.__file__] + "
        "[str(p.data_dir(n)) for n in p.DATA_FOLDERS]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(site)},
        timeout=120,
    ).stdout
    module, *folders = json.loads(out)
    assert Path(module).is_relative_to(site)
    assert folders == [str(site / "broker_app" / "_data" / n) for n in paths.DATA_FOLDERS]


def test_database_location_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BROKER_APP_DB", raising=False)
    assert paths.resolve_db_path(None) == paths.user_data_dir() / paths.DB_FILE_NAME
    monkeypatch.setenv("BROKER_APP_DB", str(tmp_path / "env.sqlite"))
    assert paths.resolve_db_path(None) == tmp_path / "env.sqlite"
    assert paths.resolve_db_path(str(tmp_path / "cli.sqlite")) == tmp_path / "cli.sqlite"


def test_a_relative_database_is_named_in_full(tmp_path: Path, monkeypatch) -> None:
    """`--db werk.sqlite` from some folder: messages say where it and its backups are."""
    monkeypatch.chdir(tmp_path)
    assert paths.resolve_db_path("werk.sqlite") == tmp_path / "werk.sqlite"
    assert paths.backup_dir_for(paths.resolve_db_path("werk.sqlite")) == tmp_path / "backups"
    monkeypatch.setenv("BROKER_APP_DB", "data/env.sqlite")
    assert paths.resolve_db_path(None) == tmp_path / "data" / "env.sqlite"
