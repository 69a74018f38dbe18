"""The shared libraries of the frozen build: every one is loaded by something, every library
they need is either in the bundle or one the office PC's system provides, no link points at a
library that was left out, and no OpenSSL travels (the program never goes on the network)."""

import sys
from pathlib import Path

import pytest

from tools import bundle

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="ELF libraries: the Linux build only"
)

# What the bundle expects from the PC instead of carrying it: the C library and its parts, the
# graphics drivers (libGL/libEGL must match the PC's driver), the X client library (PyInstaller
# never copies libxcb) and CUPS for printing (build.spec: LINUX_LIBS_FROM_SYSTEM).
# docs/install.md lists them for Linux. The xcb utility libraries Qt's X11 plugin needs
# (icccm, keysyms) travel: the build machine must have them (.ci/run installs them).
FROM_THE_SYSTEM = {
    "libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1",
    "ld-linux-x86-64.so.2", "libGL.so.1", "libEGL.so.1", "libxcb.so.1", "libcups.so.2",
}  # fmt: skip


@pytest.fixture(scope="module")
def needs(internal: Path) -> dict[str, list[str]]:
    """Every ELF file in the bundle (real files, not the links beside them) and what it names."""
    found = {}
    for path in sorted(internal.rglob("*")):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            found[path.relative_to(internal).as_posix()] = bundle.linked_libraries(path)
    assert "libpython3.11.so.1.0" in found or any(n.startswith("libpython") for n in found)
    return found


def test_every_library_in_the_bundle_is_loaded_by_something(needs: dict[str, list[str]]) -> None:
    assert bundle.unreachable_libraries(needs) == []


def test_every_library_needed_is_in_the_bundle_or_on_every_pc(
    internal: Path, needs: dict[str, list[str]]
) -> None:
    present = {Path(name).name for name in needs} | {
        p.name for p in internal.rglob("*") if p.is_symlink()
    }
    wanted = {name for names in needs.values() for name in names}
    assert sorted(wanted - present - FROM_THE_SYSTEM) == []


def test_no_link_points_at_a_library_that_was_left_out(internal: Path) -> None:
    dangling = [p.relative_to(internal).as_posix() for p in internal.rglob("*")
                if p.is_symlink() and not p.exists()]  # fmt: skip
    assert dangling == []


def test_no_openssl_travels(needs: dict[str, list[str]]) -> None:
    names = " ".join(needs)
    assert "libssl" not in names and "libcrypto" not in names and "_ssl." not in names
