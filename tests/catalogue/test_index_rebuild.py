"""Rebuilding the search index: all or nothing, with progress and a way to stop."""

from __future__ import annotations

import pytest

from broker_app.catalogue.demo import load_demo
from broker_app.catalogue.health import rebuild_index
from broker_app.catalogue.search import search
from broker_app.store import catalogue as repo
from broker_app.store.database import Store


def test_a_rebuild_reports_progress_and_indexes_every_live_offering(store: Store) -> None:
    load_demo(store)
    complete = search(store, "zorgplan").total
    store.db.execute("DELETE FROM offering_search WHERE rowid % 2 = 0")  # a damaged index
    assert search(store, "zorgplan").total < complete
    seen: list[tuple[int, int]] = []
    indexed = rebuild_index(store, lambda done, total: seen.append((done, total)) or False)
    live = repo.search_index_count(store.db)[1]
    assert indexed == live == 764
    assert seen[-1] == (764, 764)
    assert search(store, "zorgplan").total == complete


def test_stopping_a_rebuild_keeps_the_old_index(store: Store, monkeypatch) -> None:
    load_demo(store)
    monkeypatch.setattr(repo, "REBUILD_CHUNK", 100)
    before = repo.search_index_count(store.db)
    with pytest.raises(repo.IndexRebuildStopped):
        rebuild_index(store, lambda done, total: done >= 300)
    assert repo.search_index_count(store.db) == before
    assert search(store, "zorgplan").hits
