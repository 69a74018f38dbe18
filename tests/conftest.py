"""Shared fixtures. Qt runs offscreen: the platform is set before any QApplication exists."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from broker_app.store.database import Store

# Property tests judge answers, not speed: on a busy 2-core machine a slow example is no failure
# (speed is measured in benchmarks/).
settings.register_profile(
    "broker", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("broker")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test writes to the real user data or log folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("BROKER_APP_DB", raising=False)


@pytest.fixture
def store(tmp_path: Path):
    """A fresh, migrated database file per test."""
    s = Store(tmp_path / "test.sqlite")
    yield s
    s.close()


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
