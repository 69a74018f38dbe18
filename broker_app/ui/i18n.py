"""The window's language: Dutch source texts in ``tr()``, English from a small table for now.

Widgets call ``self.tr("Dutch text")`` (or ``QCoreApplication.translate``), so the texts can move
to Qt Linguist (``.ts`` -> ``.qm``) without touching the widgets. Until those files exist, English
comes from :data:`ENGLISH` through a translator installed on the application.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGS = ("nl", "en")

# Dutch source text -> English. tests/ui/test_i18n.py checks that every tr() text is here.
ENGLISH: dict[str, str] = {
    # main window
    "Navigatie": "Navigation",
    "Aanbod": "Catalogue",
    "{total} opleidingen": "{total} offerings",
    "{shown} van {total} opleidingen": "{shown} of {total} offerings",
    # catalogue page
    "Zoek in het aanbod… (bijv. hygiëne, zorgplan, heftruck)": (
        "Search the catalogue… (e.g. hygiene, care plan, forklift)"
    ),
    "Zoeken": "Search",
    "Aanbod van opleidingen": "Offerings",
    "Details van de gekozen opleiding": "Details of the chosen offering",
    "Kies een opleiding in de lijst om de details te zien.": (
        "Choose an offering in the list to see its details."
    ),
    "Geen opleidingen gevonden voor “{query}”.": "No offerings found for “{query}”.",
    "Probeer een ander of korter zoekwoord.": "Try another or a shorter search word.",
    "Er staat nog geen aanbod in de database.": "There are no offerings in the database yet.",
    "Importeer een catalogus (CSV) om te beginnen.": "Import a catalogue (CSV) to begin.",
    "Het aanbod kon niet worden geladen.": "The catalogue could not be loaded.",
    "Deze opleiding is niet meer gevonden.": "This offering can no longer be found.",
    # table
    "Titel": "Title",
    "Aanbieder": "Provider",
    "Type": "Type",
    "Niveau": "Level",
    "Plaats": "Place",
    "Prijs": "Price",
    "Eerste start": "First start",
    "doorlopend": "continuous",
    "Deze regel kan niet worden getoond.": "This row cannot be shown.",
    # detail pane
    "Sector": "Sector",
    "Vorm": "Delivery",
    "Rooster": "Schedule",
    "Studiebelasting": "Study load",
    "{hours} uur": "{hours} hours",
    "{ec} EC": "{ec} EC",
    "Duur": "Duration",
    "{weeks} weken": "{weeks} weeks",
    "per deelnemer": "per participant",
    "Startdata": "Start dates",
    "doorlopende instroom": "continuous intake",
    "en nog {count} later": "and {count} later",
    "geen nieuwe startdata bekend": "no upcoming start dates known",
    "Afsluiting": "Credential",
    "Kwalificatiecode": "Qualification code",
    "Groepsgrootte": "Group size",
    "{low}–{high} deelnemers": "{low}–{high} participants",
    "vanaf {low} deelnemers": "from {low} participants",
    "tot {high} deelnemers": "up to {high} participants",
    "Taal": "Language",
    "Website": "Website",
    "Beschrijving": "Description",
    "Leerresultaten": "Learning outcomes",
    "Code": "Code",
    # app start
    "De database kan niet worden geopend": "The database cannot be opened",
    "Het databasebestand kan niet worden geopend. Misschien is het beschadigd of is het geen "
    "bestand van Opleidingsmakelaar.": (
        "The database file cannot be opened. It may be damaged, or it is not an "
        "Opleidingsmakelaar file."
    ),
    "Deze database is nieuwer dan dit programma": "This database is newer than this program",
    "Deze database is bijgewerkt door een nieuwere versie van Opleidingsmakelaar. Werk het "
    "programma bij en open de database daarna opnieuw.": (
        "This database was updated by a newer version of Opleidingsmakelaar. Update the program, "
        "then open the database again."
    ),
    "Bestand: {path}": "File: {path}",
}


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
        _installed.append(_TableTranslator(ENGLISH, app))
    for translator in _installed:
        app.installTranslator(translator)
