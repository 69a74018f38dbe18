-- Schema 5: import history that can be undone. For every offering an import batch wrote, one row:
-- 'inserted' (undo soft-deletes it) or 'updated' with the offering as it stood before the batch
-- (the imported columns the file had, its batch, deleted_at, start dates and tuition price line
-- as JSON), so that undoing the batch puts those values back. The broker's notes and tags are not
-- in the snapshot: an undo never touches them.
CREATE TABLE import_changes (
    batch_id TEXT NOT NULL REFERENCES import_batches(id),
    offering_id TEXT NOT NULL,
    action TEXT NOT NULL,                   -- inserted, updated
    previous TEXT,                          -- JSON snapshot before the batch (updated only)
    PRIMARY KEY (batch_id, offering_id)
) WITHOUT ROWID;
CREATE INDEX import_changes_offering ON import_changes(offering_id);
