-- Schema 2: full-text search over the catalogue.
-- The index holds folded, Dutch-stemmed words (broker_app.domain.text.index_text); the store
-- writes them in the same transaction as every change to `offerings` (store/catalogue.py), in
-- bulk, which is several times faster than triggers calling back into Python per row.
-- Columns are weighted at query time with bm25 (title > outcomes > keywords > description).
-- detail=full (the default, written out): bm25 over it is about three times faster than over
-- detail=column at the same cost of writing (measured on 100,000 offerings, benchmarks/).

CREATE VIRTUAL TABLE offering_search USING fts5(
    title, outcomes, keywords, description,
    tokenize = 'unicode61 remove_diacritics 2',
    detail = full
);

-- Offerings that exist already (a database from schema 1) are indexed once, here, through the
-- application function broker_search_text() that every connection of the program registers.
INSERT INTO offering_search (rowid, title, outcomes, keywords, description)
SELECT num, broker_search_text(title), broker_search_text(outcomes),
       broker_search_text(keywords), broker_search_text(description)
FROM offerings WHERE deleted_at IS NULL;
