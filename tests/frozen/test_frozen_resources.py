"""The frozen build (PyInstaller, `build.spec`) carries every data file the program reads, and
nothing of the sources beside them. Run after a build:

    BROKER_APP_BUNDLE=dist/broker-app python -m pytest tests/frozen
"""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from broker_app import __version__
from tools import bundle

ROOT = Path(__file__).resolve().parent.parent.parent


def test_every_data_file_travels_unchanged(internal: Path) -> None:
    expected = bundle.bundled_files(ROOT)
    assert "db/migrations/0001_schema.sql" in expected  # the rule itself finds the data
    assert "resources/translations/broker_app_en.qm" in expected
    missing = [f for f in expected if not (internal / f).is_file()]
    assert missing == []
    changed = [f for f in expected if (internal / f).read_bytes() != (ROOT / f).read_bytes()]
    assert changed == []


def test_every_resource_the_program_loads_is_in_the_bundle(internal: Path) -> None:
    """The package's own list (``resources_check``, also used by the self-test and the wheel
    test), checked in the frozen build."""
    from broker_app import resources_check

    assert resources_check.missing_in(internal) == []


def test_every_migration_demo_file_and_text_is_among_them() -> None:
    """The rule leaves out no file the program reads (checked against the folders' contents)."""
    expected = set(bundle.bundled_files(ROOT))
    needed = [
        *(p.relative_to(ROOT).as_posix() for p in (ROOT / "db" / "migrations").glob("*.sql")),
        *(f"db/demo/{n}" for n in ("catalogue.csv", "clients.json", "proposals.json")),
        *(p.relative_to(ROOT).as_posix() for p in (ROOT / "reports").glob("*.json")),
        *(p.relative_to(ROOT).as_posix() for p in (ROOT / "resources" / "fonts").glob("*.ttf")),
        "resources/places/nl_places.csv",
        "resources/synonyms/nl.txt",
        "resources/icons/broker-app.png",
    ]
    assert sorted(set(needed) - expected) == []


def test_sources_and_build_scripts_stay_out(internal: Path) -> None:
    travelled = [
        p.relative_to(internal).as_posix()
        for folder in bundle.DATA_FOLDERS
        for p in (internal / folder).rglob("*")
        if p.is_file()
    ]
    assert [f for f in travelled if f.endswith((".ts", ".py"))] == []
    assert [f for f in travelled if "/pending/" in f] == []
    assert sorted(f for f in travelled if f.endswith(".md")) == ["resources/places/README.md"]
    assert sorted(travelled) == sorted(bundle.bundled_files(ROOT))


def test_the_bundle_has_what_qt_and_babel_need_offscreen(internal: Path) -> None:
    qt = internal / "PySide6" / "Qt"
    if sys.platform.startswith("linux"):
        assert (qt / "plugins" / "platforms" / "libqoffscreen.so").is_file()
        assert (qt / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert (qt / "translations" / "qtbase_nl.qm").is_file()
    locales = {p.stem for p in (internal / "babel" / "locale-data").glob("*.dat")}
    assert {"root", "nl", "nl_NL", "en", "en_GB"} <= locales
    assert not (qt / "lib" / "libQt6WebEngineCore.so.6").exists()


def test_the_executable_starts_and_knows_its_version(exe: Path) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"].get("dynamic", []) or pyproject["project"]["version"]
    done = subprocess.run(
        [str(exe), "--version"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"broker-app {__version__}"


def test_the_bundle_stays_under_150_mb(bundle_dir: Path) -> None:
    """The size a broker copies (files only; links count as nothing). Where the room goes:
    ``python benchmarks/bench_bundle.py`` (Qt and its ICU data are more than half)."""
    files = [p for p in bundle_dir.rglob("*") if p.is_file() and not p.is_symlink()]
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    assert megabytes < 150, f"the bundle is {megabytes:.1f} MB: see benchmarks/bench_bundle.py"


@pytest.mark.skipif(sys.platform != "win32", reason="the console twin is built on Windows only")
def test_windows_has_a_console_twin_whose_lines_show(bundle_dir: Path) -> None:
    done = subprocess.run(
        [str(bundle_dir / "broker-app-console.exe"), "--version"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and done.stdout.strip() == f"broker-app {__version__}"
