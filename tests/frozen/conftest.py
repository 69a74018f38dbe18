"""The frozen-build tests run only against a built bundle: `.ci/run` builds it and runs
`BROKER_APP_BUNDLE=dist/broker-app pytest tests/frozen`. Without that variable these files are
not collected at all (nothing to check, and nothing passes silently); with it, a missing bundle
fails."""

import os
import sys
from pathlib import Path

import pytest

collect_ignore_glob = [] if os.environ.get("BROKER_APP_BUNDLE") else ["test_*.py"]

ROOT = Path(__file__).resolve().parent.parent.parent
EXE_NAME = "broker-app.exe" if sys.platform == "win32" else "broker-app"


@pytest.fixture(scope="session")
def bundle_dir() -> Path:
    """The built bundle's folder (BROKER_APP_BUNDLE, relative to the project root)."""
    folder = ROOT / os.environ["BROKER_APP_BUNDLE"]  # an absolute path stays as it is
    assert (folder / EXE_NAME).is_file(), f"no built bundle in {folder}: run pyinstaller build.spec"
    return folder


@pytest.fixture(scope="session")
def exe(bundle_dir: Path) -> Path:
    return bundle_dir / EXE_NAME


@pytest.fixture(scope="session")
def internal(bundle_dir: Path) -> Path:
    return bundle_dir / "_internal"
