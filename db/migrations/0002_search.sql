-- Schema 2: full-text search over the catalogue.
-- The index holds folded, Dutch-stemmed words produced by the application function
-- broker_search_text(); triggers keep it in step with every write to `offerings`.
-- Columns are weighted at query time with bm25 (title > outcomes > keywords > description).

CREATE VIRTUAL TABLE offering_search USING fts5(
    title, outcomes, keywords, description,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);

INSERT INTO offering_search (rowid, title, outcomes, keywords, description)
SELECT num, broker_search_text(title), broker_search_text(outcomes),
       broker_search_text(keywords), broker_search_text(description)
FROM offerings WHERE deleted_at IS NULL;

CREATE TRIGGER offerings_search_insert AFTER INSERT ON offerings
WHEN new.deleted_at IS NULL
BEGIN
    INSERT INTO offering_search (rowid, title, outcomes, keywords, description)
    VALUES (new.num, broker_search_text(new.title), broker_search_text(new.outcomes),
            broker_search_text(new.keywords), broker_search_text(new.description));
END;

CREATE TRIGGER offerings_search_update AFTER UPDATE OF title, outcomes, keywords, description,
    deleted_at ON offerings
BEGIN
    DELETE FROM offering_search WHERE rowid = old.num;
    INSERT INTO offering_search (rowid, title, outcomes, keywords, description)
    SELECT new.num, broker_search_text(new.title), broker_search_text(new.outcomes),
           broker_search_text(new.keywords), broker_search_text(new.description)
    WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER offerings_search_delete AFTER DELETE ON offerings
BEGIN
    DELETE FROM offering_search WHERE rowid = old.num;
END;
