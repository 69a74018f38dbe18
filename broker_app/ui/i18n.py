"""The window's language: Dutch source texts in ``tr()``, English from Qt Linguist files.

Widgets call ``self.tr("Dutch text")`` or ``QCoreApplication.translate("Context", "Dutch text")``
with literal strings, so ``lupdate`` finds them (see ``tools/translations.py``). English comes
from ``resources/translations/broker_app_en.qm``; texts still waiting in
``resources/translations/pending/*.json`` are used after it, so new screens are English at once.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from broker_app.paths import data_dir

log = logging.getLogger(__name__)

LANGS = ("nl", "en")


class _TableTranslator(QTranslator):
    """Answers from a dict; None lets Qt fall back to the Dutch source text."""

    def __init__(self, table: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self._table = table

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return self._table.get(source_text)

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []


def use_language(lang: str) -> None:
    """Switch the application's texts to ``lang`` (Dutch unless ``en``), Qt's own texts too."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    lang = lang if lang in LANGS else "nl"
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(lang), "qtbase", "_", folder):
        _installed.append(qt_own)
    if lang == "en":
        _installed.extend(_english(app))
    for translator in _installed:
        app.installTranslator(translator)


def _english(app: QCoreApplication) -> list[QTranslator]:
    """Pending texts first, the Linguist file last: Qt asks the translator installed last
    first, so the .qm (exact per context) wins and pending texts only fill its gaps."""
    folder = data_dir("resources") / "translations"
    found: list[QTranslator] = []
    pending: dict[str, str] = {}
    for path in sorted((folder / "pending").glob("*.json")):
        pending.update(json.loads(path.read_text(encoding="utf-8")))
    if pending:
        found.append(_TableTranslator(pending, app))
    linguist = QTranslator(app)
    if linguist.load(str(folder / "broker_app_en.qm")):
        found.append(linguist)
    else:
        log.warning("English translations not found in %s", folder)
    return found
