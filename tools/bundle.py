"""What the frozen build carries of the data folders: one rule for `build.spec` and for
`tests/frozen/test_frozen_resources.py`.

Only what the program reads at run time travels: migrations, the demo data, the proposal texts,
fonts (with their licence), icons, the compiled translations (`.qm`), the gazetteer (with its
GeoNames credit, which CC BY 4.0 asks to pass on) and the synonyms. Left out: Linguist sources
(`.ts`), pending translation tables (already in the `.qm` once merged), READMEs and the scripts
that made the data (`build_gazetteer.py`, `compose_catalogue.py`).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path

DATA_FOLDERS = ("db", "reports", "resources")

# Files that are not read at run time but must travel: licences and credits.
KEEP = {"resources/fonts/LICENSE-DejaVu.txt", "resources/places/README.md"}
# .ico and .icns go into the executable itself (EXE icon), not among the data.
LEFT_OUT_SUFFIXES = {".ts", ".py", ".pyc", ".md", ".ico", ".icns"}
LEFT_OUT_FOLDERS = {"resources/translations/pending", "__pycache__"}


def bundled(relative: str) -> bool:
    """Does the file ``relative`` (posix, from the project root) travel in the bundle?"""
    if relative in KEEP:
        return True
    if any(relative == f or relative.startswith(f + "/") or f"/{f}/" in f"/{relative}"
           for f in LEFT_OUT_FOLDERS):  # fmt: skip
        return False
    name = relative.rsplit("/", 1)[-1]
    return not (name.startswith(".") or Path(name).suffix in LEFT_OUT_SUFFIXES)


def bundled_files(root: Path) -> list[str]:
    """Every data file of the project at ``root`` that the bundle must carry (posix paths)."""
    found = []
    for folder in DATA_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            relative = path.relative_to(root).as_posix()
            if path.is_file() and bundled(relative):
                found.append(relative)
    return found


def datas(root: Path) -> list[tuple[str, str]]:
    """PyInstaller `datas`: (source file, destination folder inside the bundle)."""
    return [(str(root / f), str(Path(f).parent)) for f in bundled_files(root)]


# --- Qt and Babel: which of the files PyInstaller collects stay in the bundle -------------------
# PySide6 wheels lay Qt out in two ways: PySide6/Qt/{lib,plugins,translations}/ on Linux and
# macOS (frameworks on macOS), PySide6/{plugins,translations}/ with the DLLs beside the .pyd
# files on Windows. The rules below hold for both.

# Qt plugins the window needs: the platforms (windows / cocoa / xcb; offscreen and minimal for
# the self-test in CI), image formats for JPEG/ICO/GIF (PNG is built in), the print support,
# styles and the input-context plugins. The rest is dropped. On Linux X11 (xcb) is enough:
# Wayland desktops run it through XWayland.
QT_PLUGIN_GROUPS_KEPT = {
    "platforms", "platformthemes", "platforminputcontexts", "imageformats", "styles",
    "printsupport", "xcbglintegrations",
}  # fmt: skip
QT_PLATFORMS_KEPT = {"qwindows", "qcocoa", "qxcb", "qoffscreen", "qminimal"}
QT_PLATFORM_THEMES_KEPT = {"qxdgdesktopportal"}  # gtk3 would want GTK beside it
QT_IMAGE_FORMATS_KEPT = {"qico", "qjpeg", "qgif"}  # no SVG anywhere in the program
# Qt libraries only the dropped plugins and modules use (Qt6Svg, libQt6Svg.so.6, QtSvg.framework).
QT_LIBS_DROPPED = (
    "Svg", "OpenGL", "Network", "WaylandClient", "WlShellIntegration",
    "EglFSDeviceIntegration", "EglFsKmsSupport",
)  # fmt: skip
# Windows: Qt's OpenGL fallbacks (a software renderer of 21 MB, ANGLE). The window paints with
# QPainter on the raster engine and never asks for OpenGL.
QT_WINDOWS_OPENGL = {"opengl32sw.dll", "libegl.dll", "libglesv2.dll", "d3dcompiler_47.dll"}
# Qt's own texts (buttons of standard dialogs): Dutch and English are the program's languages.
QT_TRANSLATIONS_KEPT = ("qtbase_nl", "qtbase_en", "qt_nl", "qt_en")
# Babel carries the formats of some 900 locales (35 MB); the program formats money, dates and
# numbers for nl_NL and en_GB only (broker_app/domain/formatting.py), with their parents.
BABEL_LOCALES_KEPT = {"root", "nl", "nl_NL", "en", "en_001", "en_150", "en_GB", "en_US"}

_QT_LIB_DROPPED = re.compile(rf"^(lib)?Qt6?({'|'.join(QT_LIBS_DROPPED)})(\.|$)")


def kept(dest: str | Path) -> bool:
    """Does the collected file at ``dest`` (its place inside the bundle) stay in the bundle?"""
    parts = Path(dest).as_posix().split("/")
    if parts[:2] == ["babel", "locale-data"]:
        return Path(parts[-1]).stem in BABEL_LOCALES_KEPT
    if "PySide6" not in parts:
        return True
    rest = parts[parts.index("PySide6") + 1 :]
    if rest[:1] == ["Qt"]:
        rest = rest[1:]
    if rest[:1] == ["plugins"] and len(rest) > 2:
        group, plugin = rest[1], Path(rest[-1]).stem.removeprefix("lib")
        if group not in QT_PLUGIN_GROUPS_KEPT:
            return False
        if group == "imageformats":
            return any(plugin.startswith(k) for k in QT_IMAGE_FORMATS_KEPT)
        if group == "platforms":
            return plugin in QT_PLATFORMS_KEPT
        if group == "platformthemes":
            return plugin in QT_PLATFORM_THEMES_KEPT
        return True
    if rest[:1] == ["translations"]:
        return Path(rest[-1]).stem.startswith(QT_TRANSLATIONS_KEPT)
    if len(rest) == 1 and rest[0].lower() in QT_WINDOWS_OPENGL:
        return False
    return not any(_QT_LIB_DROPPED.match(part) for part in rest)


def unreachable_libraries(needs: Mapping[str, Iterable[str]]) -> list[str]:
    """Top-level shared libraries of a bundle that nothing kept loads.

    ``needs`` maps every binary in the bundle (posix destination path) to the names of the
    libraries it links against. PyInstaller collects a library for every binary it analyses,
    also for Qt plugins the spec drops afterwards (the GTK theme alone pulls in cairo, pango and
    gio): those stay behind at the top level with nothing that loads them. Roots are the binaries
    inside folders (Python extension modules, Qt libraries and plugins, pypdfium2's library) and
    Python's own library; what they reach, directly or through each other, is kept.
    """
    top_level = {dest for dest in needs if "/" not in dest}
    roots = [dest for dest in needs if dest not in top_level or dest.startswith("libpython")]
    reached: set[str] = set()
    waiting = list(roots)
    while waiting:
        dest = waiting.pop()
        if dest in reached:
            continue
        reached.add(dest)
        waiting.extend(name for name in needs.get(dest, ()) if name in top_level)
    return sorted(top_level - reached)


def linked_libraries(path: str | Path) -> list[str]:
    """The libraries an ELF binary names itself (its DT_NEEDED entries, not what they need in
    turn), read with ``readelf`` from binutils, which the build needs anyway for stripping."""
    readelf = shutil.which("readelf")
    if readelf is None:
        raise RuntimeError("readelf not found: install binutils to build or check the bundle")
    dynamic = subprocess.run([readelf, "-d", "-W", str(path)], capture_output=True, text=True)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic.stdout)
