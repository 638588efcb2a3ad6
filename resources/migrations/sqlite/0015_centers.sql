-- A district's database holds several centers. A grid belongs to one center, and with it everyone
-- who lives in the grid and all that is recorded about them (services, cases, visits, figures). A
-- user account belongs to a center, and sees only its residents; an account of no center sees the
-- whole district. A database of one center has one row here, named as the center calls itself.
CREATE TABLE centers (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20),
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100)
);

INSERT INTO centers (id, code, name)
VALUES (1, 'C01', coalesce((SELECT nullif(trim(value), '') FROM settings WHERE key = 'center_name'), 'C01'));

-- SQLite adds a column with a reference only with an empty default: triggers keep it filled. A
-- grid written without a center belongs to the first (as on the server, where 1 is the default).
ALTER TABLE grids ADD COLUMN center_id INTEGER REFERENCES centers (id);
UPDATE grids SET center_id = 1;
CREATE INDEX grids_center ON grids (center_id);

CREATE TRIGGER grids_center_default AFTER INSERT ON grids
WHEN NEW.center_id IS NULL
BEGIN
    UPDATE grids SET center_id = 1 WHERE id = NEW.id;
END;

CREATE TRIGGER grids_center_required_update BEFORE UPDATE OF center_id ON grids
WHEN NEW.center_id IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a grid belongs to a center');
END;

ALTER TABLE users ADD COLUMN center_id INTEGER REFERENCES centers (id);
CREATE INDEX users_center ON users (center_id);
-- A clerk works at a center's desk; managers and administrators so far saw everything and still do.
UPDATE users SET center_id = 1 WHERE role = 'clerk';

-- A walk-in (no resident) belongs to the center of the account that logged it.
CREATE INDEX service_records_walk_ins ON service_records (created_by, served_at) WHERE resident_id IS NULL;
