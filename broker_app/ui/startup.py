"""The start of the window: the database is checked before the window opens, and when it is
damaged, from a newer version, cannot be opened or is missing, the broker chooses what happens.

- Damaged (``PRAGMA quick_check``) or cannot be opened: "Laatste back-up terugzetten (datum)",
  "Een ander bestand kiezen…", "Afsluiten".
- From a newer version: "Een ander bestand kiezen…", "Afsluiten" (the file is left alone).
- Missing, while this installation used a database before (``remembered.py``): "Zoeken…",
  "Back-up terugzetten (datum)", "Nieuwe lege database beginnen", "Afsluiten". Only the very
  first start creates a database without asking.

Every replacement goes through ``backups.restore_database``: the file is checked first and the
database it replaces is kept as a ``…-voor-herstel`` backup. Tests answer the choices by
patching :meth:`StartupFlow.ask_choice` and :meth:`StartupFlow.choose_file`, or click the
buttons of the real :class:`StartupDialog`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from broker_app import remembered
from broker_app.domain.formatting import long_date
from broker_app.domain.problems import InputRefused
from broker_app.paths import backup_dir_for
from broker_app.store import backups, privacy
from broker_app.store import startup as checks
from broker_app.store.backup_files import BEFORE_RESTORE
from broker_app.store.database import Store
from broker_app.store.demo_data import REMOVED_SETTING
from broker_app.store.settings import set_setting
from broker_app.ui import dialogs

log = logging.getLogger(__name__)

RESTORE_LAST, OTHER_FILE, SEARCH, NEW_EMPTY, QUIT = (
    "restore_last",
    "other_file",
    "search",
    "new_empty",
    "quit",
)
# Refusals that mean "this backup will not do, try an older one".
_UNUSABLE = ("restore.not_database", "restore.damaged", "restore.not_ours", "restore.too_new")


class StartupDialog(QDialog):
    """A warning with a few named choices, one per button; ``choice`` is the key clicked
    (``QUIT`` when the dialog is closed otherwise)."""

    def __init__(
        self,
        title: str,
        text: str,
        detail: str,
        choices: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(660)
        self.choice = QUIT
        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(title, self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        heading.setWordWrap(True)
        self.text_label = QLabel(text, self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setMinimumWidth(540)  # word-wrapped labels need a width to grow down
        self.detail_label = QLabel(detail, self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setStyleSheet("color: palette(placeholder-text);")
        self.detail_label.setVisible(bool(detail))
        words = QVBoxLayout()
        words.setSpacing(8)
        words.addWidget(heading)
        words.addWidget(self.text_label)
        words.addWidget(self.detail_label)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(icon)
        top.addLayout(words, 1)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for key, label in choices:
            button = QPushButton(label, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, key=key: self._choose(key))
            self.buttons[key] = button
            row.addWidget(button)
        first = next(iter(self.buttons.values()), None)
        if first is not None:
            first.setDefault(True)
            first.setFocus()
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addLayout(row)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()


class StartupFlow(QObject):
    """Opens the database for the window, asking the broker when something is wrong.

    ``open(db_path)`` returns the store, or None when the broker chose to quit. ``message``
    holds a sentence for the status bar about what was done (a backup restored ...)."""

    def __init__(self, lang: str = "nl", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.message = ""
        self.check: checks.BackgroundCheck | None = None
        self.restored = False  # a restore put a file in place: note it in the restored log

    def _after_open(self, store: Store) -> None:
        """After a restore: its audit entry, and the erasure register applied again (one
        transaction). At any other opening only the register (a file copied back by hand)."""
        restored, self.restored = self.restored, False
        try:
            again = backups.after_restore(store) if restored else privacy.reapply_erasures(store)
        except Exception:  # read-only, busy: said in the log, tried again at the next opening
            log.warning("the restore's audit entry or the erasures failed", exc_info=True)
            return
        if not again:
            return
        if again == 1:
            said = self.tr("1 eerder gewiste klant opnieuw gewist")
        else:
            said = self.tr("{count} eerder gewiste klanten opnieuw gewist").format(count=again)
        self.message = f"{self.message}; {said}" if self.message else said

    # -- the parts tests answer ----------------------------------------------------------------

    def ask_choice(self, title: str, text: str, detail: str, choices: list[tuple[str, str]]) -> str:
        dialog = StartupDialog(title, text, detail, choices)
        dialog.exec()
        return dialog.choice

    def choose_file(self, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            None,
            self.tr("Databasebestand kiezen"),
            str(folder if folder.is_dir() else Path.home()),
            self.tr("Databases (*.sqlite *.db);;Alle bestanden (*)"),
        )
        return Path(name) if name else None

    # -- the flow ------------------------------------------------------------------------------

    def open(
        self,
        db_path: Path,
        *,
        check_in_background: bool = False,
        known: checks.Opened | None = None,
    ) -> Store | None:
        """``check_in_background``: the quick_check may still be running when this returns
        (``self.check``; the window waits for it before it shows). ``known``: a problem found
        already (the background check said "damaged"), asked about first."""
        first = remembered.first_start()
        self.check = None
        while True:
            if known is None:
                opened = checks.open_checked(db_path, create=first and not db_path.exists(),
                                             check_in_background=check_in_background)  # fmt: skip
            else:
                opened, known = known, None
            if opened.state == checks.OK and opened.store is not None:
                remembered.remember(db_path)
                self.check = opened.check
                self._after_open(opened.store)
                return opened.store
            log.warning("database %s at start: %s %s", db_path, opened.state, opened.detail)
            choice = self._ask(opened)
            if choice == QUIT:
                return None
            if choice == NEW_EMPTY:
                created = checks.open_checked(db_path, create=True)
                if created.store is not None:
                    set_setting(created.store.db, REMOVED_SETTING, True)  # empty means empty
                    remembered.remember(db_path)
                    self.message = self.tr("Nieuwe, lege database begonnen")
                    return created.store
                continue
            if choice == RESTORE_LAST:
                self._restore_newest_backup(db_path)
            elif choice in (OTHER_FILE, SEARCH):
                chosen = self.choose_file(backup_dir_for_start(db_path))
                if chosen is not None:
                    self._restore(chosen, db_path)

    def _ask(self, opened: checks.Opened) -> str:
        path = opened.path
        newest = backups.usable_backup(path)  # the one "Laatste back-up terugzetten" takes
        detail = self.tr("Bestand: {path}").format(path=path)
        quit_choice = (QUIT, self.tr("Afsluiten"))
        if opened.state == checks.MISSING:
            choices = [(SEARCH, self.tr("Zoeken…"))]
            if newest is not None:
                choices.append((RESTORE_LAST, self.tr("Back-up terugzetten ({date})").format(
                    date=_when(newest, self.lang))))  # fmt: skip
            choices += [(NEW_EMPTY, self.tr("Nieuwe lege database beginnen")), quit_choice]
            return self.ask_choice(
                self.tr("De database is niet gevonden"),
                self.tr(
                    "Het databasebestand dat dit programma eerder gebruikte, is er niet (meer). "
                    "Misschien is het verplaatst of hernoemd, of staat het op een schijf die nu "
                    "niet is aangesloten. Er wordt geen lege database voor in de plaats gemaakt "
                    "zonder dat u dat kiest.\n\nMet Zoeken… kiest u het bestand; er wordt een "
                    "kopie van op de vaste plek gezet."
                ),
                detail,
                choices,
            )
        if opened.state == checks.NEWER:
            return self.ask_choice(
                self.tr("Deze database is nieuwer dan dit programma"),
                self.tr(
                    "Deze database is gemaakt met een nieuwere versie van Opleidingsmakelaar. "
                    "Werk het programma bij om ermee verder te werken; deze versie laat het "
                    "bestand ongemoeid.\n\nKiest u een ander bestand, dan wordt deze database "
                    "eerst als back-up bewaard."
                ),
                detail,
                [(OTHER_FILE, self.tr("Een ander bestand kiezen…")), quit_choice],
            )
        choices = []
        if newest is not None:
            choices.append((RESTORE_LAST, self.tr("Laatste back-up terugzetten ({date})").format(
                date=_when(newest, self.lang))))  # fmt: skip
        choices += [(OTHER_FILE, self.tr("Een ander bestand kiezen…")), quit_choice]
        if opened.state == checks.DAMAGED:
            title = self.tr("De database is beschadigd")
            text = self.tr(
                "Bij de controle bij het starten bleek het databasebestand beschadigd. Zet de "
                "laatste back-up terug of kies een ander bestand; het beschadigde bestand wordt "
                "eerst als back-up bewaard."
            )
        else:
            title = self.tr("De database kan niet worden geopend")
            text = self.tr(
                "Het databasebestand kan niet worden geopend. Misschien is het beschadigd of is "
                "het geen bestand van Opleidingsmakelaar. Zet de laatste back-up terug of kies "
                "een ander bestand; het huidige bestand wordt eerst als back-up bewaard."
            )
        if choices[0][0] != RESTORE_LAST:
            text += "\n\n" + self.tr("Er is naast deze database geen back-up gevonden.")
        return self.ask_choice(title, text, detail, choices)

    def _restore(self, source: Path, db_path: Path) -> bool:
        try:
            restored = backups.restore_database(source, db_path)
        except InputRefused as exc:
            dialogs.show_error(
                None,
                self.tr("Dit bestand kan niet worden teruggezet"),
                exc.render(self.lang),
            )
            return False
        self.message = self.tr("Teruggezet: {name}").format(name=restored.source.path.name)
        self.restored = True
        return True

    def _restore_newest_backup(self, db_path: Path) -> bool:
        """The newest backup that passes the checks (an unusable one is skipped and said)."""
        skipped: list[str] = []
        for backup in backups.list_backups(db_path):
            if backup.kind == BEFORE_RESTORE:
                continue
            try:
                backups.restore_database(backup.path, db_path)
            except InputRefused as exc:
                if exc.problems and exc.problems[0].key in _UNUSABLE:
                    skipped.append(exc.render(self.lang))
                    continue
                dialogs.show_error(
                    None, self.tr("De back-up kan niet worden teruggezet"), exc.render(self.lang)
                )
                return False
            made = _when(backup, self.lang)
            self.message = self.tr("Back-up van {date} teruggezet").format(date=made)
            self.restored = True
            if skipped:
                log.warning("unusable backups skipped: %s", skipped)
            return True
        dialogs.show_error(
            None,
            self.tr("Geen bruikbare back-up gevonden"),
            self.tr("Geen van de back-ups naast de database kon worden teruggezet."),
            "\n".join(skipped[:5]),
        )
        return False


def backup_dir_for_start(db_path: Path) -> Path:
    folder = backup_dir_for(db_path)
    return folder if folder.is_dir() else db_path.parent


def _when(backup: backups.BackupFile, lang: str) -> str:
    return f"{long_date(backup.made.date(), lang)}, {backup.made:%H:%M}"
