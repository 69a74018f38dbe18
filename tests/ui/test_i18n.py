"""English is complete: every Dutch text of the window is in the Linguist file, translated."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import broker_app.ui
from tools import translations

UI = Path(broker_app.ui.__file__).parent
_CALLS = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}


def texts_for_people() -> set[str]:
    """Every literal text handed to tr()/translate() in the window's sources."""
    found: set[str] = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            position = _CALLS.get(name)
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
    return found


def test_the_scan_finds_the_texts() -> None:
    assert {"Aanbod", "Prijs", "Kies een opleiding in de lijst om de details te zien."} <= (
        texts_for_people()
    )


def test_linguist_file_is_complete_and_built() -> None:
    behind = translations.problems()
    assert not behind, "run: python tools/translations.py update\n" + "\n".join(behind)


def test_lupdate_sees_every_text_the_sources_pass() -> None:
    """A text lupdate cannot see (e.g. a context in a variable) would stay Dutch in English."""
    in_ts = {m.source for m in translations.messages(translations.TS_FILE)}
    unseen = sorted(texts_for_people() - in_ts)
    assert not unseen, f"write these as tr('…') or translate('Context', '…'): {unseen}"


def test_translations_keep_their_placeholders() -> None:
    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    wrong = [
        m.source
        for m in translations.messages(translations.TS_FILE)
        if fields(m.source) != fields(m.translation)
    ]
    assert not wrong
