"""Keep the window's English up to date with Qt Linguist.

The window's texts are Dutch source strings in ``self.tr()`` and
``QCoreApplication.translate("Context", ...)``. ``lupdate`` collects them into
``resources/translations/broker_app_en.ts`` (the file a translator opens in Qt Linguist), and
``lrelease`` builds the ``.qm`` the program loads.

    python tools/translations.py update [OTHER.ts ...]  # collect, fill, build the .qm
    python tools/translations.py check    # exit 1 when the .ts or .qm is behind the sources

``resources/translations/pending/*.json`` ({"Dutch": "English"}) is a drop box for English
written alongside new code; ``update`` moves those texts into unfinished entries of the .ts.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "broker_app" / "ui"
FOLDER = ROOT / "resources" / "translations"
TS_FILE = FOLDER / "broker_app_en.ts"
QM_FILE = FOLDER / "broker_app_en.qm"
PENDING = FOLDER / "pending"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python, else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def run_lupdate(ts_file: Path) -> None:
    subprocess.run(
        [_tool("lupdate"), "-locations", "none", "-no-obsolete", "-target-language", "en_GB",
         *source_files(), "-ts", str(ts_file)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def messages(ts_file: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            unfinished = translation is not None and translation.get("type") == "unfinished"
            found.append(Message(name, message.findtext("source") or "", text, not unfinished))
    return found


def pending_texts() -> dict[str, str]:
    table: dict[str, str] = {}
    for path in sorted(PENDING.glob("*.json")):
        table.update(json.loads(path.read_text(encoding="utf-8")))
    return table


def fill(
    ts_file: Path,
    table: dict[str, str],
    exact: dict[tuple[str, str], str] | None = None,
) -> int:
    """Give messages their English: ``exact`` ((context, source) -> English) wins for every
    message, ``table`` (source -> English) only fills unfinished ones. Returns the count."""
    tree = ET.parse(ts_file)
    filled = 0
    exact = exact or {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            source = message.findtext("source") or ""
            if (name, source) in exact:
                english = exact[(name, source)]
            elif translation.get("type") == "unfinished":
                english = table.get(source)
            else:
                continue
            if not english or (english == translation.text and "type" not in translation.attrib):
                continue
            translation.text = english
            translation.attrib.pop("type", None)
            filled += 1
    if filled:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts_file.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return filled


def update(prefer: list[Path] | None = None) -> list[Message]:
    """Collect, fill, build; returns the messages still without English.

    ``prefer``: other .ts files (e.g. of a merged branch) whose finished translations win for
    their (context, text); then the same Dutch text in another context, then pending/*.json.
    """
    run_lupdate(TS_FILE)
    exact = {
        (m.context, m.source): m.translation
        for other in prefer or []
        for m in messages(other)
        if m.finished and m.translation
    }
    known = {m.source: m.translation for m in messages(TS_FILE) if m.finished and m.translation}
    fill(TS_FILE, {**known, **pending_texts()}, exact)
    run_lrelease(TS_FILE, QM_FILE)
    return [m for m in messages(TS_FILE) if not m.finished or not m.translation]


def problems() -> list[str]:
    """What is behind: new texts not in the .ts, texts without English, a stale .qm."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / TS_FILE.name
        shutil.copy(TS_FILE, fresh)
        run_lupdate(fresh)
        known = {(m.context, m.source) for m in messages(TS_FILE)}
        for m in messages(fresh):
            if (m.context, m.source) not in known:
                found.append(f"not in the .ts: [{m.context}] {m.source}")
        for m in messages(TS_FILE):
            if not m.finished or not m.translation:
                found.append(f"no English: [{m.context}] {m.source}")
        built = Path(tmp) / QM_FILE.name
        run_lrelease(TS_FILE, built)
        if not QM_FILE.exists() or built.read_bytes() != QM_FILE.read_bytes():
            found.append(f"{QM_FILE.name} is older than {TS_FILE.name}: run update")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        missing = update([Path(a) for a in argv[1:]])
        for m in missing:
            print(f"no English yet: [{m.context}] {m.source}")
        print(f"{TS_FILE.relative_to(ROOT)}: {len(messages(TS_FILE))} texts, {len(missing)} open")
        return 0
    if command == "check":
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
