-- A district has hundreds of grids: a year of counts per grid and type is half a million rows. The
-- counts are now keyed by grid first (one grid's year is a few hundred rows), and the totals of all
-- grids per month and type are kept beside them (a year is a few hundred rows too), by triggers on
-- the counts, in the same transaction as the write that changed them.
DROP TRIGGER service_month_counts_insert;
DROP TRIGGER service_month_counts_delete;
DROP TRIGGER service_month_counts_update;
DROP TRIGGER service_month_counts_grid;
DROP TABLE service_month_counts;

CREATE TABLE service_month_counts (
    grid_id         INTEGER NOT NULL, -- the resident's grid; 0 for walk-ins
    month           TEXT NOT NULL,    -- YYYY-MM of served_at
    service_type_id INTEGER NOT NULL,
    records         INTEGER NOT NULL CHECK (records >= 0), -- rows reaching 0 are deleted at once
    PRIMARY KEY (grid_id, month, service_type_id)
) WITHOUT ROWID;

CREATE TABLE service_month_totals (
    month           TEXT NOT NULL,
    service_type_id INTEGER NOT NULL,
    records         INTEGER NOT NULL CHECK (records >= 0),
    PRIMARY KEY (month, service_type_id)
) WITHOUT ROWID;

INSERT INTO service_month_counts (grid_id, month, service_type_id, records)
SELECT coalesce(r.grid_id, 0), substr(s.served_at, 1, 7), s.service_type_id, count(*)
FROM service_records s LEFT JOIN residents r ON r.id = s.resident_id
GROUP BY 1, 2, 3;

INSERT INTO service_month_totals (month, service_type_id, records)
SELECT month, service_type_id, sum(records) FROM service_month_counts GROUP BY 1, 2;

-- The totals follow the counts.
CREATE TRIGGER service_month_totals_insert AFTER INSERT ON service_month_counts
BEGIN
    INSERT INTO service_month_totals (month, service_type_id, records)
    VALUES (NEW.month, NEW.service_type_id, NEW.records)
    ON CONFLICT (month, service_type_id) DO UPDATE SET records = records + excluded.records;
END;

CREATE TRIGGER service_month_totals_update AFTER UPDATE OF records ON service_month_counts
BEGIN
    UPDATE service_month_totals SET records = records + NEW.records - OLD.records
    WHERE month = NEW.month AND service_type_id = NEW.service_type_id;
END;

CREATE TRIGGER service_month_totals_delete AFTER DELETE ON service_month_counts
BEGIN
    UPDATE service_month_totals SET records = records - OLD.records
    WHERE month = OLD.month AND service_type_id = OLD.service_type_id;
    DELETE FROM service_month_totals WHERE month = OLD.month AND service_type_id = OLD.service_type_id
      AND records = 0;
END;

-- The counts follow the log, as before.
CREATE TRIGGER service_month_counts_insert AFTER INSERT ON service_records
BEGIN
    INSERT INTO service_month_counts (grid_id, month, service_type_id, records)
    VALUES (coalesce((SELECT grid_id FROM residents WHERE id = NEW.resident_id), 0),
            substr(NEW.served_at, 1, 7), NEW.service_type_id, 1)
    ON CONFLICT (grid_id, month, service_type_id) DO UPDATE SET records = records + 1;
END;

CREATE TRIGGER service_month_counts_delete AFTER DELETE ON service_records
BEGIN
    UPDATE service_month_counts SET records = records - 1
    WHERE grid_id = coalesce((SELECT grid_id FROM residents WHERE id = OLD.resident_id), 0)
      AND month = substr(OLD.served_at, 1, 7) AND service_type_id = OLD.service_type_id;
    DELETE FROM service_month_counts WHERE records = 0
      AND grid_id = coalesce((SELECT grid_id FROM residents WHERE id = OLD.resident_id), 0)
      AND month = substr(OLD.served_at, 1, 7) AND service_type_id = OLD.service_type_id;
END;

CREATE TRIGGER service_month_counts_update
AFTER UPDATE OF served_at, service_type_id, resident_id ON service_records
WHEN substr(OLD.served_at, 1, 7) IS NOT substr(NEW.served_at, 1, 7)
  OR OLD.service_type_id IS NOT NEW.service_type_id OR OLD.resident_id IS NOT NEW.resident_id
BEGIN
    UPDATE service_month_counts SET records = records - 1
    WHERE grid_id = coalesce((SELECT grid_id FROM residents WHERE id = OLD.resident_id), 0)
      AND month = substr(OLD.served_at, 1, 7) AND service_type_id = OLD.service_type_id;
    DELETE FROM service_month_counts WHERE records = 0
      AND grid_id = coalesce((SELECT grid_id FROM residents WHERE id = OLD.resident_id), 0)
      AND month = substr(OLD.served_at, 1, 7) AND service_type_id = OLD.service_type_id;
    INSERT INTO service_month_counts (grid_id, month, service_type_id, records)
    VALUES (coalesce((SELECT grid_id FROM residents WHERE id = NEW.resident_id), 0),
            substr(NEW.served_at, 1, 7), NEW.service_type_id, 1)
    ON CONFLICT (grid_id, month, service_type_id) DO UPDATE SET records = records + 1;
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
    INSERT INTO service_month_counts (grid_id, month, service_type_id, records)
    SELECT NEW.grid_id, substr(served_at, 1, 7), service_type_id, count(*)
    FROM service_records WHERE resident_id = NEW.id GROUP BY 2, 3
    ON CONFLICT (grid_id, month, service_type_id) DO UPDATE SET records = records + excluded.records;
END;
