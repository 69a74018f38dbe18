-- Schema 3: the places the live catalogue teaches in, read at every match with a distance must
-- (SELECT DISTINCT city ... WHERE deleted_at IS NULL): 200 ms over 100,000 offerings without
-- this index, 9 ms with it.
CREATE INDEX offerings_live_city ON offerings(city) WHERE deleted_at IS NULL;
