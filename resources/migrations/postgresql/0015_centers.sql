-- A district's database holds several centers (see the SQLite script of the same number).
CREATE TABLE centers (
    id   BIGSERIAL PRIMARY KEY,
    code TEXT COLLATE "C" NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20),
    name TEXT COLLATE "C" NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100)
);

INSERT INTO centers (id, code, name)
VALUES (1, 'C01', coalesce((SELECT nullif(trim(value), '') FROM settings WHERE key = 'center_name'), 'C01'));
SELECT setval(pg_get_serial_sequence('centers', 'id'), 1);

CREATE TRIGGER centers_follow_ids AFTER INSERT ON centers REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION linli_follow_ids();

-- A grid written without a center belongs to the first.
ALTER TABLE grids ADD COLUMN center_id BIGINT NOT NULL DEFAULT 1 REFERENCES centers (id);
CREATE INDEX grids_center ON grids (center_id);

ALTER TABLE users ADD COLUMN center_id BIGINT REFERENCES centers (id);
CREATE INDEX users_center ON users (center_id);
-- A clerk works at a center's desk; managers and administrators so far saw everything and still do.
UPDATE users SET center_id = 1 WHERE role = 'clerk';

-- A walk-in (no resident) belongs to the center of the account that logged it.
CREATE INDEX service_records_walk_ins ON service_records (created_by, served_at) WHERE resident_id IS NULL;
