-- The form's own name for each service it logs, so that a form whose Save is pressed twice (or
-- whose entry is handed over again) writes its entry once. Empty for records from imports and
-- from before this script.
ALTER TABLE service_records ADD COLUMN entry_key TEXT;
CREATE UNIQUE INDEX service_records_entry_key ON service_records (entry_key) WHERE entry_key IS NOT NULL;
