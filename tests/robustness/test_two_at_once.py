"""Two at once: the window and the command line (or two windows) on one database file never
show a user ``database is locked``. A write waits for the other program's write lock (busy
timeout, ``BEGIN IMMEDIATE``); what is still busy after the timeout gets a clear message.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import broker_app.store.connection as connection
from broker_app.cli import main
from broker_app.store import intakes
from broker_app.store.clients import insert_client
from broker_app.store.database import Store, is_busy
from tests.csvfiles import offering, write_csv

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def two(tmp_path: Path):
    """Two stores on one file: what two windows (or the window and the CLI) hold."""
    first, second = Store(tmp_path / "shared.sqlite"), Store(tmp_path / "shared.sqlite")
    yield first, second
    first.close()
    second.close()


def _names(store: Store) -> list[str]:
    return [r[0] for r in store.db.execute("SELECT name FROM clients ORDER BY name")]


def test_a_transaction_that_reads_then_writes_holds_the_write_lock_from_its_start(two) -> None:
    """A deferred transaction that read, then wrote after another program had written in
    between, failed at once with SQLITE_BUSY (the busy timeout cannot help a stale snapshot).
    ``Store.transaction()`` begins IMMEDIATE: the other program waits instead, and both land."""
    first, second = two
    with first.transaction() as db:
        count = db.execute("SELECT count(*) FROM clients").fetchone()[0]  # read ...
        # ... meanwhile the other window tries to write: it has to wait for this transaction
        # (shown without waiting: it is refused at once, and tries again below)
        with (
            pytest.raises(Exception) as refused,
            second.waiting_at_most(0),
            second.transaction() as other,
        ):
            insert_client(other, {"name": "Tweede venster"})
        assert is_busy(refused.value)
        insert_client(db, {"name": f"Eerste venster na {count}"})  # ... then write: no BUSY
    with second.transaction() as other:  # the other window's next try goes through
        insert_client(other, {"name": "Tweede venster"})
    assert _names(first) == ["Eerste venster na 0", "Tweede venster"]


def test_the_other_writer_waits_for_the_transaction_and_then_succeeds(two) -> None:
    first, second = two
    errors: list[BaseException] = []
    started = threading.Event()

    def other_window() -> None:
        started.set()
        try:
            with second.transaction() as db:
                n = db.execute("SELECT count(*) FROM clients").fetchone()[0]
                insert_client(db, {"name": f"Tweede na {n}"})
        except BaseException as exc:  # reported below
            errors.append(exc)

    with first.transaction() as db:
        n = db.execute("SELECT count(*) FROM clients").fetchone()[0]
        thread = threading.Thread(target=other_window)
        thread.start()
        started.wait()
        insert_client(db, {"name": f"Eerste na {n}"})
    thread.join(20)
    assert not thread.is_alive()
    assert errors == []
    names = _names(first)
    assert len(names) == 2 and "Eerste na 0" in names


def test_a_lone_write_outside_a_transaction_is_committed_at_once(two) -> None:
    """Python's sqlite3 would keep the write lock (and the row uncommitted) after a lone
    INSERT until someone commits; the other program then waited, and the row was lost when the
    connection closed."""
    first, second = two
    insert_client(first.db, {"name": "Alleen"})  # no transaction around it
    assert not first.db.conn.in_transaction
    with second.waiting_at_most(0), second.transaction() as db:
        insert_client(db, {"name": "Daarna"})
    first.close()
    assert _names(second) == ["Alleen", "Daarna"]


def _writing_import(db: Path, csv: Path) -> subprocess.Popen[str]:
    """``broker-app import`` in a child process that prints ``writing`` (flushed) once the
    import is inside its write transaction."""
    script = (
        "import sys\n"
        "from broker_app.store import catalogue\n"
        "from broker_app.cli import main\n"
        "upsert = catalogue.upsert_offerings\n"
        "def reporting(*a, **k):\n"
        "    print('writing', flush=True)\n"
        "    return upsert(*a, **k)\n"
        "catalogue.upsert_offerings = reporting\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", script, "import", str(csv), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "broker_app", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_window_and_the_command_line_write_while_a_long_import_runs(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite"
    window = Store(db)  # what the window holds
    try:
        with window.transaction() as tx:
            client_id = insert_client(tx, {"name": "Bakkerij Samen"})
        intake_id = intakes.create_intake(window.db, client_id)
        big = write_csv(
            tmp_path / "groot.csv",
            [offering(code=f"G{i:05d}", title=f"Cursus {i}") for i in range(4000)],
        )
        small = write_csv(
            tmp_path / "klein.csv",
            [offering(code=f"K{i:02d}", title=f"Kort {i}") for i in range(10)],
        )
        importing = _writing_import(db, big)
        assert importing.stdout is not None
        assert importing.stdout.readline().strip() == "writing"  # the import holds the lock
        # The window meanwhile: "+ Vraag toevoegen" reads, then writes; the autosave writes.
        # Both wait for the import's commit instead of failing.
        line_id = intakes.add_demand_line(window.db, intake_id)
        intakes.update_intake(window.db, intake_id, title="Tijdens de import")
        intakes.update_demand_line(window.db, line_id, title="Heftruck")
        # The command line meanwhile: another import and a search.
        other = _cli(db, "import", str(small))
        found = _cli(db, "search", "Kort")
        _, err = importing.communicate(timeout=120)
        assert importing.returncode == 0, err
        for result in (other, found):
            assert result.returncode == 0, result.stderr
            assert "locked" not in result.stderr + result.stdout
        assert "Kort" in found.stdout
        assert intakes.get_intake(window.db, intake_id)["title"] == "Tijdens de import"
        assert intakes.get_demand_line(window.db, line_id)["title"] == "Heftruck"
        count = window.db.execute("SELECT count(*) FROM offerings").fetchone()[0]
        assert count == 4010
        batches = window.db.execute("SELECT count(*) FROM import_batches").fetchone()[0]
        assert batches == 2
    finally:
        window.close()


def test_still_busy_after_the_timeout_the_command_line_says_so_calmly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shared.sqlite"
    Store(db).close()
    csv = write_csv(tmp_path / "a.csv", [offering()])
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)  # instead of waiting 10 s
    blocker = Store(db)
    try:
        blocker.db.conn.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        code = main(["import", str(csv), "--db", str(db)])
        err = capsys.readouterr().err
        assert code == 1
        assert "bezig in een ander venster of programma; probeer het zo opnieuw" in err
        assert "database is locked" not in err
        code = main(["import", str(csv), "--db", str(db), "--lang", "en"])
        assert "busy in another window or program" in capsys.readouterr().err
        blocker.db.conn.execute("ROLLBACK")
        assert main(["import", str(csv), "--db", str(db)]) == 0
    finally:
        blocker.close()
