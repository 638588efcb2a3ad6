-- The follow-up figures per month without reading the log: cases per grid, month received and month
-- closed (empty while not closed, or closed without a date), with how many were closed on time, rated, and rated satisfied
-- (3 and up, CaseWorkflow::satisfiedFrom). A month's figures (received in the month, closed by its
-- end: CaseRates) are the sums over its received month and the closed months up to it. Triggers keep
-- the counts in the same transaction as every case written or taken a step, and as a resident moves.
-- (A CASE expression stays in parentheses inside a trigger: the script reader takes an END just
-- before a semicolon for the end of the trigger.)
CREATE TABLE case_month_counts (
    grid_id        INTEGER NOT NULL,
    received_month TEXT NOT NULL,
    closed_month   TEXT NOT NULL, -- '' while open or referred
    cases          INTEGER NOT NULL,
    on_time        INTEGER NOT NULL,
    rated          INTEGER NOT NULL,
    satisfied      INTEGER NOT NULL,
    PRIMARY KEY (grid_id, received_month, closed_month)
) WITHOUT ROWID;

-- All grids' months are read from this index alone (it holds every column).
CREATE INDEX case_month_counts_received
    ON case_month_counts (received_month, closed_month, cases, on_time, rated, satisfied);

INSERT INTO case_month_counts (grid_id, received_month, closed_month, cases, on_time, rated, satisfied)
SELECT coalesce(r.grid_id, 0), substr(s.served_at, 1, 7),
       (CASE WHEN s.case_status = 'closed' THEN coalesce(substr(s.resolved_date, 1, 7), '') ELSE '' END), count(*),
       coalesce(sum(s.case_status = 'closed' AND (s.due_date IS NULL OR s.resolved_date <= s.due_date)), 0),
       coalesce(sum(s.case_status = 'closed' AND s.satisfaction IS NOT NULL), 0),
       coalesce(sum(s.case_status = 'closed' AND s.satisfaction >= 3), 0)
FROM service_records s LEFT JOIN residents r ON r.id = s.resident_id
WHERE s.case_status IS NOT NULL GROUP BY 1, 2, 3;

CREATE TRIGGER case_month_counts_insert AFTER INSERT ON service_records
WHEN NEW.case_status IS NOT NULL
BEGIN
    INSERT INTO case_month_counts (grid_id, received_month, closed_month, cases, on_time, rated, satisfied)
    SELECT coalesce((SELECT grid_id FROM residents WHERE id = NEW.resident_id), 0), substr(NEW.served_at, 1, 7),
           (CASE WHEN NEW.case_status = 'closed' THEN coalesce(substr(NEW.resolved_date, 1, 7), '') ELSE '' END),
           1, coalesce((NEW.case_status = 'closed' AND (NEW.due_date IS NULL OR NEW.resolved_date <= NEW.due_date)), 0),
           coalesce((NEW.case_status = 'closed' AND NEW.satisfaction IS NOT NULL), 0), coalesce((NEW.case_status = 'closed' AND NEW.satisfaction >= 3), 0)
    WHERE NEW.case_status IS NOT NULL
    ON CONFLICT (grid_id, received_month, closed_month) DO UPDATE SET
        cases = cases + 1, on_time = on_time + excluded.on_time, rated = rated + excluded.rated,
        satisfied = satisfied + excluded.satisfied;
END;

CREATE TRIGGER case_month_counts_delete AFTER DELETE ON service_records
WHEN OLD.case_status IS NOT NULL
BEGIN
    UPDATE case_month_counts SET
        cases = cases - 1, on_time = on_time - coalesce((OLD.case_status = 'closed' AND (OLD.due_date IS NULL OR OLD.resolved_date <= OLD.due_date)), 0),
        rated = rated - coalesce((OLD.case_status = 'closed' AND OLD.satisfaction IS NOT NULL), 0), satisfied = satisfied - coalesce((OLD.case_status = 'closed' AND OLD.satisfaction >= 3), 0)
    WHERE OLD.case_status IS NOT NULL AND grid_id = coalesce((SELECT grid_id FROM residents WHERE id = OLD.resident_id), 0) AND received_month = substr(OLD.served_at, 1, 7)
      AND closed_month = (CASE WHEN OLD.case_status = 'closed' THEN coalesce(substr(OLD.resolved_date, 1, 7), '') ELSE '' END);
    DELETE FROM case_month_counts WHERE cases = 0 AND grid_id = coalesce((SELECT grid_id FROM residents WHERE id = OLD.resident_id), 0) AND received_month = substr(OLD.served_at, 1, 7)
      AND closed_month = (CASE WHEN OLD.case_status = 'closed' THEN coalesce(substr(OLD.resolved_date, 1, 7), '') ELSE '' END);
END;

CREATE TRIGGER case_month_counts_update
AFTER UPDATE OF served_at, case_status, resolved_date, due_date, satisfaction, resident_id ON service_records
WHEN OLD.case_status IS NOT NULL OR NEW.case_status IS NOT NULL
BEGIN
    UPDATE case_month_counts SET
        cases = cases - 1, on_time = on_time - coalesce((OLD.case_status = 'closed' AND (OLD.due_date IS NULL OR OLD.resolved_date <= OLD.due_date)), 0),
        rated = rated - coalesce((OLD.case_status = 'closed' AND OLD.satisfaction IS NOT NULL), 0), satisfied = satisfied - coalesce((OLD.case_status = 'closed' AND OLD.satisfaction >= 3), 0)
    WHERE OLD.case_status IS NOT NULL AND grid_id = coalesce((SELECT grid_id FROM residents WHERE id = OLD.resident_id), 0) AND received_month = substr(OLD.served_at, 1, 7)
      AND closed_month = (CASE WHEN OLD.case_status = 'closed' THEN coalesce(substr(OLD.resolved_date, 1, 7), '') ELSE '' END);
    DELETE FROM case_month_counts WHERE cases = 0 AND grid_id = coalesce((SELECT grid_id FROM residents WHERE id = OLD.resident_id), 0) AND received_month = substr(OLD.served_at, 1, 7)
      AND closed_month = (CASE WHEN OLD.case_status = 'closed' THEN coalesce(substr(OLD.resolved_date, 1, 7), '') ELSE '' END);
    INSERT INTO case_month_counts (grid_id, received_month, closed_month, cases, on_time, rated, satisfied)
    SELECT coalesce((SELECT grid_id FROM residents WHERE id = NEW.resident_id), 0), substr(NEW.served_at, 1, 7),
           (CASE WHEN NEW.case_status = 'closed' THEN coalesce(substr(NEW.resolved_date, 1, 7), '') ELSE '' END),
           1, coalesce((NEW.case_status = 'closed' AND (NEW.due_date IS NULL OR NEW.resolved_date <= NEW.due_date)), 0),
           coalesce((NEW.case_status = 'closed' AND NEW.satisfaction IS NOT NULL), 0), coalesce((NEW.case_status = 'closed' AND NEW.satisfaction >= 3), 0)
    WHERE NEW.case_status IS NOT NULL
    ON CONFLICT (grid_id, received_month, closed_month) DO UPDATE SET
        cases = cases + 1, on_time = on_time + excluded.on_time, rated = rated + excluded.rated,
        satisfied = satisfied + excluded.satisfied;
END;

-- A resident moving to another grid takes their cases' counts along.
CREATE TRIGGER case_month_counts_grid AFTER UPDATE OF grid_id ON residents
WHEN OLD.grid_id IS NOT NEW.grid_id
BEGIN
    UPDATE case_month_counts SET
        cases = cases - (SELECT count(*) FROM service_records s WHERE s.resident_id = NEW.id
                         AND s.case_status IS NOT NULL AND substr(s.served_at, 1, 7) = case_month_counts.received_month
                         AND (CASE WHEN s.case_status = 'closed' THEN coalesce(substr(s.resolved_date, 1, 7), '') ELSE '' END)
                             = case_month_counts.closed_month),
        on_time = on_time - (SELECT coalesce(sum(s.case_status = 'closed' AND (s.due_date IS NULL OR s.resolved_date <= s.due_date)), 0)
                             FROM service_records s WHERE s.resident_id = NEW.id AND s.case_status IS NOT NULL
                             AND substr(s.served_at, 1, 7) = case_month_counts.received_month
                             AND (CASE WHEN s.case_status = 'closed' THEN coalesce(substr(s.resolved_date, 1, 7), '') ELSE '' END)
                                 = case_month_counts.closed_month),
        rated = rated - (SELECT coalesce(sum(s.case_status = 'closed' AND s.satisfaction IS NOT NULL), 0)
                         FROM service_records s WHERE s.resident_id = NEW.id AND s.case_status IS NOT NULL
                         AND substr(s.served_at, 1, 7) = case_month_counts.received_month
                         AND (CASE WHEN s.case_status = 'closed' THEN coalesce(substr(s.resolved_date, 1, 7), '') ELSE '' END)
                             = case_month_counts.closed_month),
        satisfied = satisfied - (SELECT coalesce(sum(s.case_status = 'closed' AND s.satisfaction >= 3), 0)
                                 FROM service_records s WHERE s.resident_id = NEW.id AND s.case_status IS NOT NULL
                                 AND substr(s.served_at, 1, 7) = case_month_counts.received_month
                                 AND (CASE WHEN s.case_status = 'closed' THEN coalesce(substr(s.resolved_date, 1, 7), '') ELSE '' END)
                                     = case_month_counts.closed_month)
    WHERE grid_id = OLD.grid_id AND received_month IN
          (SELECT substr(served_at, 1, 7) FROM service_records WHERE resident_id = NEW.id AND case_status IS NOT NULL);
    DELETE FROM case_month_counts WHERE grid_id = OLD.grid_id AND cases = 0 AND received_month IN
          (SELECT substr(served_at, 1, 7) FROM service_records WHERE resident_id = NEW.id AND case_status IS NOT NULL);
    INSERT INTO case_month_counts (grid_id, received_month, closed_month, cases, on_time, rated, satisfied)
    SELECT NEW.grid_id, substr(s.served_at, 1, 7),
           (CASE WHEN s.case_status = 'closed' THEN coalesce(substr(s.resolved_date, 1, 7), '') ELSE '' END), count(*),
           coalesce(sum(s.case_status = 'closed' AND (s.due_date IS NULL OR s.resolved_date <= s.due_date)), 0),
           coalesce(sum(s.case_status = 'closed' AND s.satisfaction IS NOT NULL), 0),
           coalesce(sum(s.case_status = 'closed' AND s.satisfaction >= 3), 0)
    FROM service_records s WHERE s.resident_id = NEW.id AND s.case_status IS NOT NULL GROUP BY 2, 3
    ON CONFLICT (grid_id, received_month, closed_month) DO UPDATE SET
        cases = cases + excluded.cases, on_time = on_time + excluded.on_time, rated = rated + excluded.rated,
        satisfied = satisfied + excluded.satisfied;
END;
