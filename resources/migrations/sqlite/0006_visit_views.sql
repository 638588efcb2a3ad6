-- The month overview counts a center's visits per day and state: an index holding both answers it
-- without reading the visits themselves. It starts with starts_at, so it serves the day and week
-- agendas as the index it replaces did.
CREATE INDEX visits_day_status ON visits (starts_at, status);
DROP INDEX visits_starts_at;
