-- The form's own name for each service it logs (see the SQLite script of the same number).
ALTER TABLE service_records ADD COLUMN entry_key TEXT;
CREATE UNIQUE INDEX service_records_entry_key ON service_records (entry_key) WHERE entry_key IS NOT NULL;
