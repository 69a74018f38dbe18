"""What the frozen build carries of the data folders: one rule for `build.spec` and for
`tests/frozen/test_frozen_resources.py`.

Only what the program reads at run time travels: migrations, the demo data, the proposal texts,
fonts (with their licence), icons, the compiled translations (`.qm`), the gazetteer (with its
GeoNames credit, which CC BY 4.0 asks to pass on) and the synonyms. Left out: Linguist sources
(`.ts`), pending translation tables (already in the `.qm` once merged), READMEs and the scripts
that made the data (`build_gazetteer.py`, `compose_catalogue.py`).
"""

from __future__ import annotations

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
