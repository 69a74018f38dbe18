"""Every file the program reads from its data folders at run time is listed
(``broker_app.resources_check``) and found in the source tree and in an installed wheel.
The frozen build's test checks the same list in the bundle's ``_internal`` folder
(``resources_check.missing_in(bundle / "_internal")``)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from broker_app import paths, resources_check
from broker_app.resources_check import RESOURCES, expected_resources, missing_in

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "broker_app"
DATA_DIR_CALL = re.compile(r"\bdata_dir\(")


def test_every_module_that_reads_a_data_folder_is_in_the_list() -> None:
    """A new ``data_dir(...)`` somewhere must come with its files in RESOURCES."""
    callers = set()
    for path in PACKAGE.rglob("*.py"):
        if path.name in ("paths.py", "resources_check.py"):
            continue
        if DATA_DIR_CALL.search(path.read_text(encoding="utf-8")):
            callers.add(path.relative_to(ROOT).as_posix())
    listed = {module for r in RESOURCES for module in r.used_by}
    assert callers, "no data_dir( call found: the search is wrong"
    assert callers <= listed, f"read but not listed: {sorted(callers - listed)}"


def test_the_source_tree_holds_every_resource() -> None:
    expected = expected_resources()
    assert paths.data_dir("db") == ROOT / "db"
    assert missing_in(ROOT, expected) == []
    assert resources_check.missing_here() == []
    for name in (
        "db/migrations/0001_schema.sql",
        "db/demo/catalogue.csv",
        "db/demo/proposals.json",
        "reports/funding_schemes.json",
        "resources/fonts/DejaVuSans-Bold.ttf",
        "resources/translations/broker_app_en.qm",
        "resources/places/nl_places.csv",
        "resources/synonyms/nl.txt",
    ):
        assert name in expected
    migrations = sorted(p.name for p in (ROOT / "db" / "migrations").glob("*.sql"))
    assert [n for n in expected if n.startswith("db/migrations/")] == [
        f"db/migrations/{n}" for n in migrations
    ]
    # Developer files stay out of the list (the build need not carry them).
    assert not [n for n in expected if n.endswith((".py", ".ts", ".ico", ".icns"))]
    assert not [n for n in expected if "/pending/" in n]


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    expected = expected_resources()
    for name in expected[1:]:
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"")
    assert missing_in(tmp_path, expected) == [expected[0]]
    with pytest.raises(FileNotFoundError, match="db/migrations"):
        expected_resources(tmp_path / "nowhere")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built offline with hatchling (a test dependency); about a second."""
    folder = tmp_path_factory.mktemp("wheel")
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(folder), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    print(f"wheel built in {time.monotonic() - started:.1f} s")
    return next(folder.glob("broker_app-*.whl"))


def test_the_wheel_carries_every_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [n for n in expected_resources() if f"broker_app/_data/{n}" not in names]
    assert missing == []
    assert "broker_app/resources_check.py" in names


def test_an_installed_wheel_finds_every_resource_and_passes_its_self_test(
    wheel: Path, tmp_path: Path
) -> None:
    """Installed apart from the source tree (no checkout beside it), the program finds its
    files through ``paths.data_dir`` and its ``--self-test`` passes."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)  # a pure-Python wheel: unpacking is installing
    env = {"PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "TMPDIR": str(tmp_path)}  # fmt: skip
    probe = (
        "import json, sys; from broker_app import paths, resources_check as r; "
        "root = paths.data_dir('db').parent; "
        "print(json.dumps([paths.__file__, str(root), "
        "r.missing_in(root, json.load(sys.stdin)), r.missing_here()]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, input=json.dumps(
            expected_resources()), capture_output=True, text=True, check=True, timeout=120,
    ).stdout  # fmt: skip
    module, root, missing, missing_here = json.loads(out)
    assert Path(module).is_relative_to(site)
    assert root == str(site / "broker_app" / "_data")
    assert missing == [] and missing_here == []

    run = subprocess.run(
        [sys.executable, "-m", "broker_app", "--self-test"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    lines = run.stdout.splitlines()
    assert run.returncode == 0, run.stdout + run.stderr
    assert str(site / "broker_app" / "_data") in lines[0]
    assert lines[-1].startswith("Zelftest geslaagd")
    assert not [line for line in lines if line.startswith("FOUT")]
