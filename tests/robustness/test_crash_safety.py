"""Crash safety, proven: the app's own code is killed with SIGKILL at random moments while it
imports catalogue files and while the Intake page saves by itself; after every kill the database
is sound, every acknowledged write is there and every import is all-or-nothing.

The children (``crash_child.py``) are forked from a multiprocessing fork server that has the
program loaded already, so a kill costs a fraction of a second instead of a whole start-up. The
moments are random but reproducible: the seed is printed (``CRASH_SEED=... pytest ...`` repeats
a run). Kills are spread over the time one import (or one round of typing) takes here.

What "all-or-nothing" means, checked after every kill for every set of offerings the files
write (a set is one code prefix; each file of a set gives all its rows the file's own title
marker and price):

- the set has either none of its rows, or all of them, every one with the title and price of
  one and the same file;
- when present, all rows name the same import batch, and that batch is the newest batch of the
  set's files and is that very file; when absent, no batch of the set exists;
- every batch is ``done``, counts the file's rows (total = inserted + updated = rows in the
  file) and has exactly one ``import_changes`` row per row of the file;
- every import acknowledged before the kill has its batch; at most one more (the one the kill
  interrupted, which may have committed just before the kill) exists;
- the set holds the values of its last acknowledged file, or of the file being imported when
  the kill came.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import string
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from broker_app.store import intakes
from broker_app.store.clients import insert_client
from broker_app.store.database import Store
from tests.csvfiles import offering, write_csv

SEED = int(os.environ.get("CRASH_SEED") or random.SystemRandom().randrange(1, 10**9))
IMPORT_KILLS = 30
AUTOSAVE_KILLS = 30
ROWS = 800  # rows per catalogue file
SAVE_MS = 20  # the Intake page's save delay in the child (300 ms in the product)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and a fork server: POSIX")


@pytest.fixture(scope="module")
def children() -> multiprocessing.context.BaseContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.robustness.crash_child"])
    return context


@dataclass
class Round:
    """One child: its messages, and whether it was killed."""

    acks: list[tuple] = field(default_factory=list)
    writing: int = 0
    ready_at: float | None = None
    done: bool = False
    killed: bool = False
    killed_writing: bool = False  # the kill came after "writing" and before its "ack"


def _run_child(
    context, target, args: tuple, kill_after: float | None, kill_in_write: float | None = None
) -> Round:
    """Start ``target(*args, pipe)``; kill it ``kill_after`` seconds after it is ready, or
    ``kill_in_write`` seconds after it says it starts its first write (None for both: let it
    finish). Every message sent before the kill is collected."""
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=target, args=(*args, sender), daemon=True)
    process.start()
    sender.close()
    result = Round()
    pending_write = False
    deadline: float | None = None

    def take(message: tuple) -> None:
        nonlocal pending_write, deadline
        kind = message[0]
        if kind == "ready":
            result.ready_at = time.monotonic()
        elif kind == "writing":
            result.writing += 1
            pending_write = True
            if kill_in_write is not None and deadline is None:
                deadline = time.monotonic() + kill_in_write
        elif kind == "ack":
            result.acks.append(message[1:])
            pending_write = False
        elif kind == "done":
            result.done = True

    try:
        while result.ready_at is None:
            assert receiver.poll(60), "the child did not start"
            take(receiver.recv())
        if kill_after is not None:
            deadline = result.ready_at + kill_after
        while not result.done:
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                break
            if not receiver.poll(60 if remaining is None else remaining):
                assert remaining is not None, "the child stopped answering"
                continue
            try:
                take(receiver.recv())
            except EOFError:
                break
        if not result.done:
            os.kill(process.pid, signal.SIGKILL)
        process.join(30)
        assert not process.is_alive()
        # it may have finished by itself just before the kill
        result.killed = process.exitcode == -signal.SIGKILL
        assert result.killed or process.exitcode == 0, process.exitcode
        while receiver.poll(0):  # what the child sent just before it died
            try:
                take(receiver.recv())
            except EOFError:
                break
        result.killed_writing = result.killed and pending_write
    finally:
        if process.is_alive():
            process.kill()
            process.join()
        receiver.close()
    return result


def _open(db: Path) -> sqlite3.Connection:
    """A fresh connection after the kill (it recovers the write-ahead log)."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def _sound(conn: sqlite3.Connection) -> None:
    assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


# -- imports ---------------------------------------------------------------------------------


@dataclass
class CatalogueFile:
    path: Path
    prefix: str  # the set: every code starts with it
    variant: str  # in every title
    price: int  # euros, plus the row number % 50

    def rows(self) -> list[dict[str, str]]:
        return [
            offering(
                code=f"{self.prefix}-{i:05d}",
                title=f"Cursus {self.prefix} {i} {self.variant}",
                price=str(self.price + i % 50),
            )
            for i in range(ROWS)
        ]


def _write(folder: Path, prefix: str, variant: str, price: int) -> CatalogueFile:
    file = CatalogueFile(folder / f"{prefix}_{variant}.csv", prefix, variant, price)
    write_csv(file.path, file.rows())
    return file


def _check_sets(
    conn: sqlite3.Connection, files: dict[str, CatalogueFile], allowed: dict[str, set[str | None]]
) -> dict[str, str | None]:
    """Every set all-or-nothing and in agreement with the import history; returns the file name
    each set's rows now come from (None: the set is absent)."""
    batches = {
        row["id"]: row
        for row in conn.execute("SELECT rowid AS seq, * FROM import_batches ORDER BY rowid")
    }
    changes = dict(
        conn.execute("SELECT batch_id, count(*) FROM import_changes GROUP BY batch_id").fetchall()
    )
    for batch in batches.values():
        assert batch["status"] == "done"
        assert batch["rows_total"] == ROWS
        assert batch["rows_inserted"] + batch["rows_updated"] <= ROWS  # unchanged rows: kept
        assert changes.get(batch["id"]) == ROWS, f"import_changes of {batch['file_name']}"
    assert set(changes) <= set(batches)
    by_name = {file.path.name: file for file in files.values()}
    present: dict[str, str | None] = {}
    for prefix in {file.prefix for file in files.values()}:
        rows = conn.execute(
            "SELECT code, title, price_cents, import_batch_id FROM offerings "
            "WHERE code LIKE ? AND deleted_at IS NULL",
            [f"{prefix}-%"],
        ).fetchall()
        own = [b for b in batches.values() if by_name[b["file_name"]].prefix == prefix]
        if not rows:
            assert own == [], f"{prefix}: a batch without its rows"
            present[prefix] = None
        else:
            assert len(rows) == ROWS, f"{prefix}: {len(rows)} of {ROWS} rows"
            batch_ids = {r["import_batch_id"] for r in rows}
            assert len(batch_ids) == 1, f"{prefix}: rows of several batches {batch_ids}"
            newest = max(own, key=lambda b: b["seq"])
            assert batch_ids == {newest["id"]}, f"{prefix}: rows not of the newest batch"
            file = by_name[newest["file_name"]]
            for r in rows:
                number = int(r["code"].split("-")[1])
                assert r["title"] == f"Cursus {prefix} {number} {file.variant}", r["title"]
                assert r["price_cents"] == (file.price + number % 50) * 100
            present[prefix] = file.path.name
        assert present[prefix] in allowed.get(prefix, {None}), (prefix, present[prefix])
    return present


def test_imports_killed_at_random_moments_are_all_or_nothing(
    tmp_path: Path, children, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.robustness.crash_child import run_imports

    rng = random.Random(SEED)
    with capsys.disabled():
        print(f"\ncrash safety, imports: CRASH_SEED={SEED}")
    db = tmp_path / "crash.sqlite"
    Store(db).close()
    files = {
        name: _write(tmp_path, prefix, variant, price)
        for name, prefix, variant, price in (
            ("A1", "A", "eerste", 100),
            ("A2", "A", "tweede", 200),
            ("B1", "B", "eerste", 300),
            ("B2", "B", "tweede", 400),
        )
    }
    state: dict[str, str | None] = {"A": None, "B": None}  # the file each set now comes from
    batches_seen = 0

    # A first child runs to the end: both sets inserted, and how long one import takes here.
    warm = _run_child(
        children, run_imports, (str(db), [str(files["A1"].path), str(files["B1"].path)]), None
    )
    assert [a[1] for a in warm.acks] == [0, 0]
    span = (time.monotonic() - warm.ready_at) / 2 * 1.3
    with _open(db) as conn:
        state = _check_sets(
            conn, files, {"A": {files["A1"].path.name}, "B": {files["B1"].path.name}}
        )
        batches_seen = conn.execute("SELECT count(*) FROM import_batches").fetchone()[0]

    kills = killed_writing = fresh = 0
    while kills < IMPORT_KILLS:
        # Three imports in a row: re-imports with changed values, or a new set (insert-import).
        plan: list[CatalogueFile] = []
        for _ in range(3):
            if rng.random() < 0.3:
                fresh += 1
                name = f"N{fresh}"
                files[name] = _write(tmp_path, name, "nieuw", 500)
                plan.append(files[name])
            else:
                plan.append(files[rng.choice(["A1", "A2", "B1", "B2"])])
        result = _run_child(
            children, run_imports, (str(db), [str(f.path) for f in plan]), rng.uniform(0, span)
        )
        assert all(code == 0 for _, code in result.acks), result.acks
        acked = plan[: len(result.acks)]
        in_flight = plan[len(result.acks)] if len(result.acks) < len(plan) else None
        allowed: dict[str, set[str | None]] = {}
        for prefix in {f.prefix for f in files.values()}:
            last = state.get(prefix)
            for f in acked:
                if f.prefix == prefix:
                    last = f.path.name
            allowed[prefix] = {last}
            if in_flight is not None and in_flight.prefix == prefix:
                allowed[prefix].add(in_flight.path.name)
        with _open(db) as conn:
            _sound(conn)
            state = _check_sets(conn, files, allowed)
            now = conn.execute("SELECT count(*) FROM import_batches").fetchone()[0]
        assert now - batches_seen in (len(acked), len(acked) + 1), "an acknowledged batch is gone"
        if in_flight is None or not result.killed:
            assert now - batches_seen == len(acked)
        batches_seen = now
        kills += result.killed
        killed_writing += result.killed_writing
    with capsys.disabled():
        print(f"  {kills} kills, {killed_writing} inside the import's write transaction")
    assert killed_writing >= 1, "no kill landed inside a write: the moments do not test much"


# -- intake autosave ---------------------------------------------------------------------------

FIELDS = (  # what the child types into, and where the page writes it
    ("intake_title", "intakes", "title"),
    ("line_title", "demand_lines", "title"),
    ("line_text", "demand_lines", "text"),
)


def _text(rng: random.Random, label: str) -> str:
    letters = string.ascii_letters + string.digits
    return label + "-" + "".join(rng.choice(letters) for _ in range(rng.randint(20, 40)))


def test_intake_autosave_killed_at_random_moments_keeps_every_acknowledged_value(
    tmp_path: Path, children, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.robustness.crash_child import run_autosave

    rng = random.Random(SEED + 1)
    with capsys.disabled():
        print(f"\ncrash safety, intake autosave: CRASH_SEED={SEED}")
    db = tmp_path / "crash.sqlite"
    store = Store(db)
    client_id = insert_client(store.db, {"name": "Bakkerij Crash"})
    store.close()
    settings_file = str(tmp_path / "ui.ini")
    final: dict[tuple[str, str], str | None] = {}  # (table, row id, column) of earlier rounds

    def new_intake() -> tuple[str, str]:
        s = Store(db)
        try:
            intake_id = intakes.create_intake(s.db, client_id)
            line_id = intakes.demand_lines(s.db, intake_id)[0]["id"]
        finally:
            s.close()
        return intake_id, line_id

    def check(result, intake_id: str, line_id: str, texts: dict[str, str]) -> None:
        ids = {"intakes": intake_id, "demand_lines": line_id}
        last: dict[tuple[str, str], object] = {}
        for kind, row_id, fields in result.acks:
            for column, value in fields.items():
                last[(kind, column)] = value
                assert row_id == ids[kind]
        with _open(db) as conn:
            _sound(conn)
            for name, table, column in FIELDS:
                stored = conn.execute(
                    f"SELECT {column} FROM {table} WHERE id = ?", [ids[table]]
                ).fetchone()[0]
                acked = last.get((table, column))
                typed = texts[name]
                # the last acknowledged value, or one typed after it
                assert (stored or "") == (acked or "") or (
                    typed.startswith(stored or "") and len(stored or "") > len(acked or "")
                ), (name, acked, stored)
                final[(table, ids[table], column)] = stored
            for (table, row_id, column), value in final.items():  # earlier rounds stay
                stored = conn.execute(
                    f"SELECT {column} FROM {table} WHERE id = ?", [row_id]
                ).fetchone()[0]
                assert stored == value, (table, column)

    # A first round runs to the end: how long typing takes here, and that all of it lands.
    intake_id, line_id = new_intake()
    texts = {name: _text(rng, "R0") for name, _, _ in FIELDS}
    warm = _run_child(
        children, run_autosave, (str(db), settings_file, intake_id, texts, SAVE_MS), None
    )
    assert warm.done and not warm.killed
    span = time.monotonic() - warm.ready_at
    check(warm, intake_id, line_id, texts)
    assert {(t, c): v for (t, _, c), v in final.items()} == {
        ("intakes", "title"): texts["intake_title"],
        ("demand_lines", "title"): texts["line_title"],
        ("demand_lines", "text"): texts["line_text"],
    }

    kills = killed_writing = acks = 0
    # at least AUTOSAVE_KILLS kills, and more until some landed inside a save (bounded)
    while kills < AUTOSAVE_KILLS or (killed_writing < 3 and kills < 3 * AUTOSAVE_KILLS):
        intake_id, line_id = new_intake()
        texts = {name: _text(rng, f"R{kills + 1}") for name, _, _ in FIELDS}
        # every other round: a moment anywhere; else a moment just after a save begins
        anywhere = kills % 2 == 0 and kills < AUTOSAVE_KILLS
        result = _run_child(
            children,
            run_autosave,
            (str(db), settings_file, intake_id, texts, SAVE_MS),
            rng.uniform(0, span) if anywhere else None,
            None if anywhere else rng.uniform(0, 0.001),
        )
        check(result, intake_id, line_id, texts)
        kills += result.killed
        killed_writing += result.killed_writing
        acks += len(result.acks)
    with capsys.disabled():
        print(f"  {kills} kills, {acks} acknowledged saves, {killed_writing} kills inside a save")
    assert acks >= AUTOSAVE_KILLS, "hardly anything was saved before the kills"
    assert killed_writing >= 1, "no kill landed inside a save: the moments do not test much"
