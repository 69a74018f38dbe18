def test_a_read_only_database_says_so_without_changing_anything(store) -> None:
    assert store.writable()
    assert store.db.execute("SELECT count(*) FROM settings").fetchone()[0] == 0  # rolled back
    store.db.execute("PRAGMA query_only = ON")  # as a file without write permission behaves
    assert not store.writable()
