"""English is complete: every Dutch text the window passes to tr() has an English entry."""

from __future__ import annotations

import ast
from pathlib import Path

import broker_app.ui
from broker_app.ui.i18n import ENGLISH

UI = Path(broker_app.ui.__file__).parent
_CALLS = {"tr": 0, "_tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}


def texts_for_people() -> set[str]:
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


def test_every_text_has_an_english_translation() -> None:
    missing = sorted(texts_for_people() - ENGLISH.keys())
    assert not missing, f"add to broker_app/ui/i18n.py ENGLISH: {missing}"


def test_translations_keep_their_placeholders() -> None:
    def fields(text: str) -> set[str]:
        import string

        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    wrong = [nl for nl, en in ENGLISH.items() if fields(nl) != fields(en)]
    assert not wrong
