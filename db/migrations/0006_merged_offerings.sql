-- Schema 6: an offering the broker merged into another one (duplicates, "Samenvoegen") remembers
-- the one it was merged into. It stays soft-deleted; an import that meets its (provider, code)
-- again does not bring it back but skips the row with a warning ("samengevoegd met ...").
ALTER TABLE offerings ADD COLUMN merged_into TEXT REFERENCES offerings(id);
CREATE INDEX offerings_merged ON offerings(merged_into) WHERE merged_into IS NOT NULL;
