"""The frozen build on a real X server (Xvfb) through Qt's X11 plugin, what a Linux desktop uses,
instead of the offscreen platform of the other checks: its self-test opens the window there and
draws every page. This is where a missing xcb library would show (Qt aborts at start)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="X11: the Linux build only"
)


def test_the_self_test_passes_on_a_real_x_server(exe: Path, tmp_path: Path) -> None:
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.skip("xvfb-run is not installed (.ci/run installs it with apt-get as root)")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1400x900x24", str(exe), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "FOUT" not in done.stdout
    assert "Zelftest geslaagd: 16 stappen" in done.stdout
    log = (tmp_path / "opleidingsmakelaar-zelftest.log").read_text(encoding="utf-8")
    assert "Qt platform: xcb" in log
