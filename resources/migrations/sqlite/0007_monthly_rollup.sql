-- Monthly figures without scanning the service log: how many records per month, grid and service
-- type, kept by triggers in the same transaction as every insert, change or deletion of a record
-- (whatever writes it: the quick log, an import, a future correction), and as a resident moves to
-- another grid. Walk-ins (no resident) count under grid 0. `linli check` compares the table with
-- the log and `linli check --repair` builds it again.
CREATE TABLE service_month_counts (
    month           TEXT NOT NULL,    -- YYYY-MM of served_at
    grid_id         INTEGER NOT NULL, -- the resident's grid; 0 for walk-ins
    service_type_id INTEGER NOT NULL,
    records         INTEGER NOT NULL CHECK (records >= 0), -- rows reaching 0 are deleted at once
    PRIMARY KEY (month, grid_id, service_type_id)
) WITHOUT ROWID;

INSERT INTO service_month_counts (month, grid_id, service_type_id, records)
SELECT substr(s.served_at, 1, 7), coalesce(r.grid_id, 0), s.service_type_id, count(*)
FROM service_records s LEFT JOIN residents r ON r.id = s.resident_id
GROUP BY 1, 2, 3;

CREATE TRIGGER service_month_counts_insert AFTER INSERT ON service_records
BEGIN
    INSERT INTO service_month_counts (month, grid_id, service_type_id, records)
    VALUES (substr(NEW.served_at, 1, 7),
            coalesce((SELECT grid_id FROM residents WHERE id = NEW.resident_id), 0),
            NEW.service_type_id, 1)
    ON CONFLICT (month, grid_id, service_type_id) DO UPDATE SET records = records + 1;
END;

-- A record taken out of its month, grid and type: the count goes down, and goes when it reaches 0.
CREATE TRIGGER service_month_counts_delete AFTER DELETE ON service_records
BEGIN
    UPDATE service_month_counts SET records = records - 1
    WHERE month = substr(OLD.served_at, 1, 7)
      AND grid_id = coalesce((SELECT grid_id FROM residents WHERE id = OLD.resident_id), 0)
      AND service_type_id = OLD.service_type_id;
    DELETE FROM service_month_counts WHERE records = 0
      AND month = substr(OLD.served_at, 1, 7) AND service_type_id = OLD.service_type_id;
END;

CREATE TRIGGER service_month_counts_update
AFTER UPDATE OF served_at, service_type_id, resident_id ON service_records
WHEN substr(OLD.served_at, 1, 7) IS NOT substr(NEW.served_at, 1, 7)
  OR OLD.service_type_id IS NOT NEW.service_type_id OR OLD.resident_id IS NOT NEW.resident_id
BEGIN
    UPDATE service_month_counts SET records = records - 1
    WHERE month = substr(OLD.served_at, 1, 7)
      AND grid_id = coalesce((SELECT grid_id FROM residents WHERE id = OLD.resident_id), 0)
      AND service_type_id = OLD.service_type_id;
    DELETE FROM service_month_counts WHERE records = 0
      AND month = substr(OLD.served_at, 1, 7) AND service_type_id = OLD.service_type_id;
    INSERT INTO service_month_counts (month, grid_id, service_type_id, records)
    VALUES (substr(NEW.served_at, 1, 7),
            coalesce((SELECT grid_id FROM residents WHERE id = NEW.resident_id), 0),
            NEW.service_type_id, 1)
    ON CONFLICT (month, grid_id, service_type_id) DO UPDATE SET records = records + 1;
END;

-- A resident moving to another grid takes their records' counts along.
CREATE TRIGGER service_month_counts_grid AFTER UPDATE OF grid_id ON residents
WHEN OLD.grid_id IS NOT NEW.grid_id
BEGIN
    UPDATE service_month_counts
    SET records = records - (SELECT count(*) FROM service_records s
                             WHERE s.resident_id = NEW.id AND substr(s.served_at, 1, 7) = service_month_counts.month
                               AND s.service_type_id = service_month_counts.service_type_id)
    WHERE grid_id = OLD.grid_id AND (month, service_type_id) IN
          (SELECT substr(served_at, 1, 7), service_type_id FROM service_records WHERE resident_id = NEW.id);
    DELETE FROM service_month_counts WHERE grid_id = OLD.grid_id AND records = 0 AND (month, service_type_id) IN
          (SELECT substr(served_at, 1, 7), service_type_id FROM service_records WHERE resident_id = NEW.id);
    INSERT INTO service_month_counts (month, grid_id, service_type_id, records)
    SELECT substr(served_at, 1, 7), NEW.grid_id, service_type_id, count(*)
    FROM service_records WHERE resident_id = NEW.id GROUP BY 1, 3
    ON CONFLICT (month, grid_id, service_type_id) DO UPDATE SET records = records + excluded.records;
END;
