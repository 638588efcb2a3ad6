-- Visits per month as the monthly report counts them (planned, done, missed, cancelled; elderly
-- visits and rehabilitation apart), per grid of the resident and over all grids, kept by triggers
-- in the same transaction as every change to a visit and as a resident moves to another grid.
CREATE TABLE visit_month_counts (
    grid_id INTEGER NOT NULL,
    month   TEXT NOT NULL, -- YYYY-MM of starts_at
    kind    TEXT NOT NULL,
    status  TEXT NOT NULL,
    visits  INTEGER NOT NULL CHECK (visits >= 0),
    PRIMARY KEY (grid_id, month, kind, status)
) WITHOUT ROWID;

CREATE TABLE visit_month_totals (
    month  TEXT NOT NULL,
    kind   TEXT NOT NULL,
    status TEXT NOT NULL,
    visits INTEGER NOT NULL CHECK (visits >= 0),
    PRIMARY KEY (month, kind, status)
) WITHOUT ROWID;

INSERT INTO visit_month_counts (grid_id, month, kind, status, visits)
SELECT r.grid_id, substr(v.starts_at, 1, 7), v.kind, v.status, count(*)
FROM visits v JOIN residents r ON r.id = v.resident_id GROUP BY 1, 2, 3, 4;

INSERT INTO visit_month_totals (month, kind, status, visits)
SELECT month, kind, status, sum(visits) FROM visit_month_counts GROUP BY 1, 2, 3;

CREATE TRIGGER visit_month_totals_insert AFTER INSERT ON visit_month_counts
BEGIN
    INSERT INTO visit_month_totals (month, kind, status, visits) VALUES (NEW.month, NEW.kind, NEW.status, NEW.visits)
    ON CONFLICT (month, kind, status) DO UPDATE SET visits = visits + excluded.visits;
END;

CREATE TRIGGER visit_month_totals_update AFTER UPDATE OF visits ON visit_month_counts
BEGIN
    UPDATE visit_month_totals SET visits = visits + NEW.visits - OLD.visits
    WHERE month = NEW.month AND kind = NEW.kind AND status = NEW.status;
END;

CREATE TRIGGER visit_month_totals_delete AFTER DELETE ON visit_month_counts
BEGIN
    UPDATE visit_month_totals SET visits = visits - OLD.visits
    WHERE month = OLD.month AND kind = OLD.kind AND status = OLD.status;
    DELETE FROM visit_month_totals WHERE month = OLD.month AND kind = OLD.kind AND status = OLD.status
      AND visits = 0;
END;

CREATE TRIGGER visit_month_counts_insert AFTER INSERT ON visits
BEGIN
    INSERT INTO visit_month_counts (grid_id, month, kind, status, visits)
    SELECT grid_id, substr(NEW.starts_at, 1, 7), NEW.kind, NEW.status, 1 FROM residents WHERE id = NEW.resident_id
    ON CONFLICT (grid_id, month, kind, status) DO UPDATE SET visits = visits + 1;
END;

CREATE TRIGGER visit_month_counts_delete AFTER DELETE ON visits
BEGIN
    UPDATE visit_month_counts SET visits = visits - 1
    WHERE grid_id = (SELECT grid_id FROM residents WHERE id = OLD.resident_id)
      AND month = substr(OLD.starts_at, 1, 7) AND kind = OLD.kind AND status = OLD.status;
    DELETE FROM visit_month_counts WHERE visits = 0
      AND grid_id = (SELECT grid_id FROM residents WHERE id = OLD.resident_id)
      AND month = substr(OLD.starts_at, 1, 7) AND kind = OLD.kind AND status = OLD.status;
END;

CREATE TRIGGER visit_month_counts_update AFTER UPDATE OF starts_at, kind, status, resident_id ON visits
WHEN substr(OLD.starts_at, 1, 7) IS NOT substr(NEW.starts_at, 1, 7) OR OLD.kind IS NOT NEW.kind
  OR OLD.status IS NOT NEW.status OR OLD.resident_id IS NOT NEW.resident_id
BEGIN
    UPDATE visit_month_counts SET visits = visits - 1
    WHERE grid_id = (SELECT grid_id FROM residents WHERE id = OLD.resident_id)
      AND month = substr(OLD.starts_at, 1, 7) AND kind = OLD.kind AND status = OLD.status;
    DELETE FROM visit_month_counts WHERE visits = 0
      AND grid_id = (SELECT grid_id FROM residents WHERE id = OLD.resident_id)
      AND month = substr(OLD.starts_at, 1, 7) AND kind = OLD.kind AND status = OLD.status;
    INSERT INTO visit_month_counts (grid_id, month, kind, status, visits)
    SELECT grid_id, substr(NEW.starts_at, 1, 7), NEW.kind, NEW.status, 1 FROM residents WHERE id = NEW.resident_id
    ON CONFLICT (grid_id, month, kind, status) DO UPDATE SET visits = visits + 1;
END;

-- A resident moving to another grid takes their visits' counts along.
CREATE TRIGGER visit_month_counts_grid AFTER UPDATE OF grid_id ON residents
WHEN OLD.grid_id IS NOT NEW.grid_id
BEGIN
    UPDATE visit_month_counts
    SET visits = visits - (SELECT count(*) FROM visits v
                           WHERE v.resident_id = NEW.id AND substr(v.starts_at, 1, 7) = visit_month_counts.month
                             AND v.kind = visit_month_counts.kind AND v.status = visit_month_counts.status)
    WHERE grid_id = OLD.grid_id AND (month, kind, status) IN
          (SELECT substr(starts_at, 1, 7), kind, status FROM visits WHERE resident_id = NEW.id);
    DELETE FROM visit_month_counts WHERE grid_id = OLD.grid_id AND visits = 0 AND (month, kind, status) IN
          (SELECT substr(starts_at, 1, 7), kind, status FROM visits WHERE resident_id = NEW.id);
    INSERT INTO visit_month_counts (grid_id, month, kind, status, visits)
    SELECT NEW.grid_id, substr(starts_at, 1, 7), kind, status, count(*)
    FROM visits WHERE resident_id = NEW.id GROUP BY 2, 3, 4
    ON CONFLICT (grid_id, month, kind, status) DO UPDATE SET visits = visits + excluded.visits;
END;
