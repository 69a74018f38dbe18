"""Long work off the GUI thread: a QRunnable per task, with progress, cancel and a result.

The work is a plain function ``work(report)`` from the Qt-free core; ``report(done, total)``
returns True when the broker pressed cancel, so the function can stop where it is safe (the
importer raises ImportCancelled and rolls back). Results and errors come back as signals on
the GUI thread. The store hands each worker thread its own connection.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from broker_app.domain.problems import InputRefused

log = logging.getLogger(__name__)

Report = Callable[[int, int], bool]  # (done, total) -> cancel requested?
Work = Callable[[Report], Any]


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()
    done = Signal()  # after finished, failed or cancelled


class Task(QRunnable):
    def __init__(self, work: Work, is_cancel: Callable[[BaseException], bool]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work
        self._is_cancel = is_cancel
        self._cancel = threading.Event()
        self.name = getattr(work, "__name__", "task")

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._report)
        except BaseException as exc:  # every failure must reach the window
            if self._cancel.is_set() and self._is_cancel(exc):
                self.signals.cancelled.emit()
            else:
                if isinstance(exc, InputRefused):  # an expected refusal, said by on_error
                    log.info("task %s refused: %s", self.name, exc)
                else:
                    log.exception("task %s failed", self.name)
                self.signals.failed.emit(exc)
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self.signals.done.emit()


class TaskRunner(QObject):
    """Starts tasks on a private pool and keeps them alive until they are done."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._running: set[Task] = set()

    def start(
        self,
        work: Work,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        is_cancel: Callable[[BaseException], bool] = lambda exc: True,
    ) -> Task:
        """Run ``work`` in the pool; the callbacks run on the GUI thread."""
        task = Task(work, is_cancel)
        if on_done:
            task.signals.finished.connect(on_done)
        if on_error:
            task.signals.failed.connect(on_error)
        if on_progress:
            task.signals.progress.connect(on_progress)
        if on_cancelled:
            task.signals.cancelled.connect(on_cancelled)
        task.signals.done.connect(lambda: self._running.discard(task))
        self._running.add(task)
        self.pool.start(task)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def shutdown(self, wait_ms: int = 10_000) -> bool:
        """Ask every task to stop and wait for them; True when all ended."""
        for task in list(self._running):
            task.cancel()
        return self.pool.waitForDone(wait_ms)
