"""An unexpected error in the window: logged with its traceback, shown as one calm dialog.

``install(parent_getter)`` sets ``sys.excepthook`` (an exception escaping a slot or an event
handler reaches it: PySide6 prints it through ``PyErr_Print`` and carries on) and
``threading.excepthook`` (a plain Python thread). Both write the traceback to the log and ask the
reporter, on the GUI thread, to show the dialog. One dialog at a time: errors that come while it
is open are counted on it, never stacked. The window keeps running.

The dialog says only what is true: writes go through transactions, so what was saved stays
saved, and the last action may not have been done. Tests patch ``show_dialog`` (module
attribute, called as ``crash_dialog.show_dialog``) to see what would be shown.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from broker_app import __version__, logs
from broker_app.store.database import is_busy

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def details_text(exc_type: type[BaseException], exc: BaseException, tb: object) -> str:
    """What "Kopieer details" copies: version, the error and its traceback."""
    trace = "".join(traceback.format_exception(exc_type, exc, tb))  # type: ignore[arg-type]
    return f"Opleidingsmakelaar {__version__}\n{trace}"


class CrashDialog(QDialog):
    """A calm message: something went wrong, what is safe, where the log is."""

    def __init__(
        self,
        details: str,
        log_path: Path | None,
        parent: QWidget | None = None,
        busy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.details = details
        self.log_path = log_path
        self.repeats = 1
        self.busy = busy
        self.setWindowTitle(self.tr("Er ging iets mis"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(480)

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("Er ging iets mis."))
        heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        body = QLabel(
            self.tr(
                "Wat u al had opgeslagen, blijft bewaard. Uw laatste handeling is misschien "
                "niet uitgevoerd: kijk of het resultaat klopt. U kunt gewoon verder werken."
            )
        )
        if busy:  # another window or program held the database longer than the wait allows
            self.setWindowTitle(self.tr("Database bezig"))
            heading.setText(self.tr("De database is bezig in een ander venster of programma."))
            body.setText(
                self.tr(
                    "Bijvoorbeeld een grote import. Uw laatste handeling is niet opgeslagen; "
                    "wat u eerder opsloeg, blijft bewaard. Probeer het over een ogenblik opnieuw."
                )
            )
        body.setWordWrap(True)
        if log_path is not None:
            where = self.tr("De details staan in het logbestand:\n{path}").format(path=log_path)
        else:
            where = self.tr("Er kon geen logbestand worden geschreven; kopieer de details.")
        self.where_label = QLabel(where)
        self.where_label.setWordWrap(True)
        self.where_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where_label.setStyleSheet("color: palette(placeholder-text);")
        self.repeat_label = QLabel()
        self.repeat_label.setVisible(False)

        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setVisible(False)
        self.details_view.setAccessibleName(self.tr("Technische details"))
        self.details_view.setMinimumHeight(160)

        buttons = QDialogButtonBox()
        self.open_folder_button = QPushButton(self.tr("Logmap openen"))
        self.open_folder_button.setEnabled(log_path is not None)
        self.copy_button = QPushButton(self.tr("Kopieer details"))
        self.show_button = QPushButton(self.tr("Details tonen"))
        self.show_button.setCheckable(True)
        self.close_button = QPushButton(self.tr("Doorgaan"))
        self.close_button.setDefault(True)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_folder_button.clicked.connect(self.open_log_folder)
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button.toggled.connect(self.details_view.setVisible)
        self.close_button.clicked.connect(self.accept)

        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(body)
        text.addWidget(self.where_label)
        text.addWidget(self.repeat_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view)
        layout.addWidget(buttons)

    def add_repeat(self, details: str) -> None:
        """Another error while this dialog is open: counted, the newest details kept."""
        self.repeats += 1
        self.details = details
        self.details_view.setPlainText(details)
        self.repeat_label.setText(
            self.tr("Dit gebeurde {count} keer sinds deze melding.").format(count=self.repeats)
        )
        self.repeat_label.setVisible(True)

    def open_log_folder(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


def show_dialog(dialog: CrashDialog) -> None:
    """Show the dialog and wait until it is closed (tests replace this)."""
    dialog.exec()


class CrashReporter(QObject):
    """Receives uncaught exceptions from any thread and shows them on the GUI thread."""

    _reported = Signal(str, bool)  # details and "database busy", queued to this object's thread

    def __init__(
        self,
        parent_widget: Callable[[], QWidget | None] = lambda: None,
        log_path: Callable[[], Path | None] = logs.log_file,
    ) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self._log_path = log_path
        self.dialog: CrashDialog | None = None
        self.shown = 0  # dialogs shown
        self.errors = 0  # errors reported
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- hooks ----------------------------------------------------------------------------------

    def install(self) -> CrashReporter:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        self.report(exc_type, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        self.report(args.exc_type, args.exc_value, args.exc_traceback)

    def report(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """Log the error with its traceback; the dialog follows on the GUI thread."""
        try:
            logs.uncaught(exc_type, exc, tb)
            details = details_text(exc_type, exc, tb)
        except Exception:  # the reporter itself must never raise from a hook
            details = f"{exc_type.__name__}: {exc}"
        self.errors += 1
        self._reported.emit(details, is_busy(exc))

    # -- the dialog -----------------------------------------------------------------------------

    @Slot(str, bool)
    def _show(self, details: str, busy: bool = False) -> None:
        if self.dialog is not None:  # one at a time: count it on the open one
            self.dialog.add_repeat(details)
            return
        if QApplication.instance() is None or QApplication.closingDown():
            return
        self.dialog = CrashDialog(details, self._log_path(), self._parent_widget(), busy=busy)
        self.shown += 1
        try:
            show_dialog(self.dialog)
        except Exception:
            log.exception("cannot show the error dialog")
        finally:
            self.dialog.deleteLater()
            self.dialog = None


_reporter: CrashReporter | None = None


def install(parent_widget: Callable[[], QWidget | None] = lambda: None) -> CrashReporter:
    """The one reporter of this process, hooked in (again) with ``parent_widget``."""
    global _reporter
    if _reporter is not None:
        _reporter.uninstall()
    _reporter = CrashReporter(parent_widget).install()
    return _reporter


def reporter() -> CrashReporter | None:
    return _reporter
