"""The only place with SQL: the SQLite file, its migrations and the queries over it."""
