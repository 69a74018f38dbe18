"""``broker-app --self-test``: does this installation work? For IT staff and the build's CI.

Headless (Qt offscreen) and in a temporary folder: it creates a database, loads the demo data,
matches a demand, renders a proposal PDF, makes and restores a backup, loads the English
translations and draws every main page of the window. One line per step::

    OK   Database aanmaken (migraties) (0,21 s)
    FOUT Pagina Aanbod: <one line>

Exit code 0 only when every step worked, else 1. The broker's own database, settings, window
state and log are never touched: the user folders (platformdirs) point into the temporary folder
while the test runs, the window state goes to an INI file there, and the test's log (with the
tracebacks of failed steps) is written to ``opleidingsmakelaar-zelftest.log`` in the system's
temporary folder, named in the last line when a step failed. Only the bundled files are read
(through ``paths.data_dir``), so it runs the same in a source checkout, a wheel and the frozen
build.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

import platformdirs

from broker_app import __version__, resources_check
from broker_app.catalogue import demo as catalogue_demo
from broker_app.domain.demand import parse_demand
from broker_app.domain.messages import t
from broker_app.matching import engine
from broker_app.paths import DB_ENV, data_dir
from broker_app.proposals import demo as proposal_demo
from broker_app.proposals import pdf as proposal_pdf
from broker_app.proposals import preview
from broker_app.proposals import service as proposal_service
from broker_app.proposals import texts as proposal_texts
from broker_app.store import backups
from broker_app.store.catalogue import table_counts
from broker_app.store.database import Store

LOG_NAME = "opleidingsmakelaar-zelftest.log"
WINDOW_SIZE = (1280, 800)
TASK_WAIT_S = 30  # a page's background work (matching, a PDF preview) must end within this
PAGE_SETTLE_S = 0.15  # short debounce timers fire within this
log = logging.getLogger(__name__)

# The example demand of FORMATS.md (without dates, so it matches in any year).
EXAMPLE_DEMAND = {
    "client": "Thuiszorg De Vecht",
    "title": "Helpenden breder inzetbaar",
    "text": "Onze helpenden (niveau 2) moeten medicatie kunnen aanreiken en zorgplannen bijhouden.",
    "competences": ["medicatie aanreiken", "zorgplan bijhouden"],
    "sector": "zorg",
    "participants": 12,
    "current_level": "mbo-2",
    "target_level": "mbo-3",
    "delivery": ["online", "blended"],
    "city": "Zwolle",
    "max_distance_km": 40,
    "budget_per_participant": 1500,
}
COUNTED = ("offerings", "clients", "proposals")
_USER_FOLDERS = ("user_data_dir", "user_config_dir", "user_log_dir", "user_cache_dir",
                 "user_state_dir")  # fmt: skip


class StepFailed(Exception):
    """A check of a step did not hold; the message is already in the reader's language."""


class _Skipped(Exception):
    pass


def log_path() -> Path:
    return Path(tempfile.gettempdir()) / LOG_NAME


def _seconds(value: float, lang: str) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang == "nl" else text


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return (text or type(exc).__name__)[:300]


class Runner:
    """Runs the steps, prints one line for each, remembers what failed."""

    def __init__(self, lang: str, out: TextIO) -> None:
        self.lang = lang
        self.out = out
        self.count = 0
        self.failed: list[str] = []

    def say(self, text: str) -> None:
        print(text, file=self.out, flush=True)
        log.info("%s", text)

    def step(self, name: str, work: Callable[[], Any], needs: tuple[Any, ...] = ()) -> Any:
        """Run ``work`` as the step ``name``; its result, or None when it failed. A step whose
        ``needs`` (the results of earlier steps) include a failure is skipped, said as FOUT."""
        self.count += 1
        started = time.monotonic()
        try:
            for need in needs:
                if isinstance(need, _Failed):
                    raise _Skipped(t("selftest.skipped", self.lang, step=need.step))
            result = work()
        except (StepFailed, _Skipped) as exc:
            log.warning("self-test step %s failed: %s", name, exc)
            return self._fail(name, _one_line(exc))
        except Exception as exc:  # the step's own failure; the others go on
            log.exception("self-test step %s failed", name)
            return self._fail(name, f"{type(exc).__name__}: {_one_line(exc)}")
        seconds = _seconds(time.monotonic() - started, self.lang)
        self.say(t("selftest.ok", self.lang, step=name, seconds=seconds))
        return result

    def _fail(self, name: str, detail: str) -> _Failed:
        self.failed.append(name)
        self.say(t("selftest.fail", self.lang, step=name, detail=detail))
        return _Failed(name)


class _Failed:
    """The result of a failed step (falsy), so later steps that need it are skipped."""

    def __init__(self, step: str) -> None:
        self.step = step

    def __bool__(self) -> bool:
        return False


# -- isolation ----------------------------------------------------------------------------------


@contextlib.contextmanager
def isolated(folder: Path) -> Iterator[None]:
    """The user folders (data, config, logs) and ``BROKER_APP_DB`` point into ``folder``."""
    saved = {name: getattr(platformdirs, name) for name in _USER_FOLDERS}
    saved_db = os.environ.get(DB_ENV)

    def inside(kind: str) -> Callable[..., str]:
        return lambda *args, **kwargs: str(folder / "user" / kind)

    for name in _USER_FOLDERS:
        setattr(platformdirs, name, inside(name.removeprefix("user_").removesuffix("_dir")))
    os.environ[DB_ENV] = str(folder / "user" / "niet-gebruikt.sqlite")
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(platformdirs, name, function)
        if saved_db is None:
            os.environ.pop(DB_ENV, None)
        else:
            os.environ[DB_ENV] = saved_db


@contextlib.contextmanager
def logging_to(path: Path) -> Iterator[None]:
    """The self-test's own log file (overwritten at each run); never the broker's log."""
    root = logging.getLogger("broker_app")
    handler: logging.Handler
    try:
        handler = logging.FileHandler(path, mode="w", encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    level = root.level
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        handler.close()


@contextlib.contextmanager
def quiet_window(errors: list[str]) -> Iterator[None]:
    """No dialog may wait for a click (nobody is there): every message box the window would
    show is noted as an error instead; an exception in a slot (which Qt hands to
    ``sys.excepthook``) too."""
    from broker_app.ui import dialogs

    def noted(*args: Any, **kwargs: Any) -> bool:
        texts = [a for a in args[1:] if isinstance(a, str)]
        errors.append(" — ".join(texts) or "?")
        return False

    saved = {name: getattr(dialogs, name) for name in ("show_error", "show_info", "ask")}
    saved_hook = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        log.error("exception in the window", exc_info=(exc_type, exc, tb))
        errors.append(f"{exc_type.__name__}: {_one_line(exc)}")

    for name in saved:
        setattr(dialogs, name, noted)
    sys.excepthook = hook
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(dialogs, name, function)
        sys.excepthook = saved_hook


# -- the steps ----------------------------------------------------------------------------------


def check_files(lang: str) -> None:
    missing = resources_check.missing_here()
    if missing:
        raise StepFailed(t("selftest.files_missing", lang, names=", ".join(missing)))


def create_database(path: Path, lang: str) -> Store:
    store = Store(path)
    expected = backups.known_schema_version()
    found = store.schema_version()
    if found != expected:
        store.close()
        raise StepFailed(t("selftest.schema", lang, found=found, expected=expected))
    return store


def load_demo(store: Store, lang: str) -> dict[str, int]:
    catalogue_demo.load_demo(store)
    proposal_demo.load_demo_proposals(store)
    counts = table_counts(store.db, list(COUNTED))
    if not all(counts.values()):
        raise StepFailed(t("selftest.demo_empty", lang, **counts))
    return counts


def match_demand(store: Store, lang: str) -> Any:
    demand = parse_demand(dict(EXAMPLE_DEMAND))
    result = engine.match(store, demand, top=3, lang=lang)
    if not result.results:
        raise StepFailed(t("selftest.no_matches", lang))
    return result


def register_fonts(lang: str) -> str:
    return proposal_pdf.register_fonts()


def render_proposal(store: Store, result: Any, lang: str) -> int:
    ids = [m.assessment.facts.offering_id for m in result.results]
    _ref, snapshot = proposal_service.from_demand(store, result.demand, ids, lang=lang)
    pdf = preview.pdf_bytes(snapshot, lang, proposal_texts.pdf_options(store))
    if not pdf.startswith(b"%PDF"):
        raise StepFailed(t("selftest.not_pdf", lang, detail=repr(pdf[:8])))
    try:
        pages = preview.page_count(pdf)
    except Exception as exc:
        raise StepFailed(t("selftest.not_pdf", lang, detail=_one_line(exc))) from exc
    if pages < 1:
        raise StepFailed(t("selftest.not_pdf", lang, detail="0 pages"))
    return pages


def backup_and_restore(store: Store, folder: Path, lang: str) -> None:
    expected = table_counts(store.db, list(COUNTED))
    made = backups.make_backup(store)
    target = folder / "teruggezet" / store.path.name
    backups.restore_database(made, target)
    restored = Store(target)
    try:
        found = table_counts(restored.db, list(COUNTED))
    finally:
        restored.close()
    if found != expected:
        raise StepFailed(t("selftest.backup_differs", lang, found=found, expected=expected))


def load_translations(lang: str) -> None:
    from PySide6.QtCore import QTranslator

    path = data_dir("resources") / "translations" / "broker_app_en.qm"
    translator = QTranslator()
    if not translator.load(str(path)) or translator.isEmpty():
        raise StepFailed(t("selftest.no_translations", lang, path=path))
    if translator.translate("MainWindow", "Zoeken…") != "Search…":
        raise StepFailed(t("selftest.no_translations", lang, path=path))


def _settle(app: Any, window: Any) -> None:
    """Let short timers fire and the page's background work end."""
    until = time.monotonic() + PAGE_SETTLE_S
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.005)
    until = time.monotonic() + TASK_WAIT_S
    while window.context.tasks.busy and time.monotonic() < until:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()


def _colours(image: Any) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), 23)
                for y in range(0, image.height(), 17)})  # fmt: skip


def draw_page(app: Any, window: Any, shot: Any, store: Store, lang: str, errors: list) -> None:
    errors.clear()
    window.show_page(shot.page, shot.arguments(store))
    _settle(app, window)
    shown = window.current_page()
    if shown.key != shot.page:
        raise StepFailed(t("selftest.wrong_page", lang, shown=shown.key, wanted=shot.page))
    image = window.grab().toImage()
    colours = 0 if image.isNull() else _colours(image)
    if colours <= 3:
        raise StepFailed(t("selftest.blank_page", lang, width=image.width(),
                           height=image.height(), colours=colours))  # fmt: skip
    if errors:
        raise StepFailed(t("selftest.message", lang, text=_one_line(Exception(errors[0]))))


def window_steps(run: Runner, store: Store, folder: Path, lang: str) -> None:
    """Open the window over the test database and draw every main page."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings, qInstallMessageHandler

    from broker_app.ui.app import application
    from broker_app.ui.main_window import MainWindow
    from broker_app.ui.screenshots import SHOTS

    errors: list[str] = []
    # Qt's own remarks (the offscreen platform's "does not support ...") go to the log.
    previous = qInstallMessageHandler(lambda kind, context, text: log.info("Qt: %s", text))
    with contextlib.ExitStack() as undo:
        undo.callback(qInstallMessageHandler, previous)
        undo.enter_context(quiet_window(errors))
        settings = QSettings(str(folder / "venster.ini"), QSettings.Format.IniFormat)

        def open_window() -> Any:
            # Made here, so that a Qt that cannot start (no platform plugin) is this step's
            # failure; the lines before are printed already.
            app = application([])
            log.info("Qt platform: %s", app.platformName())  # offscreen, xcb, windows, cocoa
            window = MainWindow(store, lang, settings)
            window.resize(*WINDOW_SIZE)
            window.show()
            _settle(QCoreApplication.instance(), window)
            if errors:
                raise StepFailed(t("selftest.message", lang, text=errors[0]))
            return window

        window = run.step(t("selftest.window", lang), open_window)
        try:
            for shot in SHOTS:
                title = window.page(shot.page).title() if window else shot.page
                run.step(
                    t("selftest.page", lang, title=title),
                    lambda shot=shot: draw_page(
                        QCoreApplication.instance(), window, shot, store, lang, errors
                    ),
                    needs=(window,),
                )
        finally:
            if window:
                window.close()  # the pages save and stop their timers, the tasks end
                window.deleteLater()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def run_self_test(lang: str = "nl", out: TextIO | None = None) -> int:
    """Run every step; 0 when all worked, else 1."""
    out = out if out is not None else sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed, none shown
    started = time.monotonic()
    run = Runner(lang, out)
    with (
        # (Windows may hold a file a moment longer: a folder left in %TEMP% is no failure.)
        tempfile.TemporaryDirectory(
            prefix="opleidingsmakelaar-zelftest-", ignore_cleanup_errors=True
        ) as tmp,
        logging_to(log_path()),
        isolated(Path(tmp)),
    ):
        folder = Path(tmp)
        try:
            root = data_dir("db").parent
        except FileNotFoundError as exc:
            root = _one_line(exc)
        run.say(t("selftest.header", lang, version=__version__, root=root))
        run.step(t("selftest.files", lang), lambda: check_files(lang))
        store = run.step(
            t("selftest.database", lang), lambda: create_database(folder / "zelftest.sqlite", lang)
        )
        try:
            demo = run.step(t("selftest.demo", lang), lambda: load_demo(store, lang), (store,))
            result = run.step(t("selftest.match", lang), lambda: match_demand(store, lang), (demo,))
            fonts = run.step(t("selftest.fonts", lang), lambda: register_fonts(lang))
            run.step(
                t("selftest.pdf", lang),
                lambda: render_proposal(store, result, lang),
                (result, fonts),
            )
            run.step(
                t("selftest.backup", lang),
                lambda: backup_and_restore(store, folder, lang),
                (demo,),
            )
            run.step(t("selftest.translations", lang), lambda: load_translations(lang))
            if store:
                window_steps(run, store, folder, lang)
            else:
                run.step(t("selftest.window", lang), lambda: None, (store,))
        finally:
            if store:
                store.close()
        seconds = _seconds(time.monotonic() - started, lang)
        if run.failed:
            run.say(t("selftest.failed", lang, failed=len(run.failed), count=run.count,
                      seconds=seconds, log=log_path()))  # fmt: skip
            return 1
        run.say(t("selftest.passed", lang, count=run.count, seconds=seconds))
        return 0
