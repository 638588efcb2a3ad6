-- Linli schema, version 1: the whole registry, services, cases, visits, users and audit.
-- Dates are ISO 8601 text ('YYYY-MM-DD', 'YYYY-MM-DD HH:MM:SS', local time of the center);
-- audit timestamps are UTC.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE grids (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    worker_name TEXT NOT NULL DEFAULT '',
    worker_phone TEXT NOT NULL DEFAULT ''
);

CREATE TABLE staff (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    duty   TEXT NOT NULL DEFAULT 'clerk'
           CHECK (duty IN ('clerk', 'care', 'rehab', 'doctor', 'grid', 'manager', 'legal')),
    phone  TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    login                TEXT NOT NULL UNIQUE,
    display_name         TEXT NOT NULL DEFAULT '',
    role                 TEXT NOT NULL CHECK (role IN ('clerk', 'manager', 'admin')),
    staff_id             INTEGER REFERENCES staff (id),
    password_hash        TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    failed_attempts      INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    disabled             INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at           TEXT NOT NULL
);

CREATE TABLE households (
    id         INTEGER PRIMARY KEY,
    grid_id    INTEGER REFERENCES grids (id),
    building   TEXT NOT NULL DEFAULT '',
    unit       TEXT NOT NULL DEFAULT '',
    room       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE residents (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    name_pinyin       TEXT NOT NULL DEFAULT '',
    name_initials     TEXT NOT NULL DEFAULT '',
    gender            TEXT NOT NULL CHECK (gender IN ('M', 'F')),
    birth_date        TEXT NOT NULL,
    id_number         TEXT CHECK (id_number IS NULL OR length(id_number) = 18),
    phone             TEXT NOT NULL DEFAULT '',
    phone2            TEXT NOT NULL DEFAULT '',
    -- ID number and phone written backwards, kept by the stores: a search by the last digits
    -- becomes an indexed prefix search.
    id_number_reversed TEXT NOT NULL DEFAULT '',
    phone_reversed    TEXT NOT NULL DEFAULT '',
    grid_id           INTEGER NOT NULL REFERENCES grids (id),
    building          TEXT NOT NULL DEFAULT '',
    unit              TEXT NOT NULL DEFAULT '',
    room              TEXT NOT NULL DEFAULT '',
    household_id      INTEGER REFERENCES households (id),
    relation_to_head  TEXT NOT NULL DEFAULT ''
                      CHECK (relation_to_head IN ('', 'head', 'spouse', 'child', 'parent',
                                                  'grandchild', 'grandparent', 'sibling',
                                                  'child_in_law', 'other')),
    emergency_contact TEXT NOT NULL DEFAULT '',
    emergency_phone   TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'active'
                      CHECK (status IN ('active', 'moved_out', 'deceased')),
    notes             TEXT NOT NULL DEFAULT '',
    registered_at     TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);

-- A named index rather than a column constraint, so that a bulk load can build it once at the end.
CREATE UNIQUE INDEX residents_id_number ON residents (id_number);
CREATE INDEX residents_name ON residents (name);
CREATE INDEX residents_pinyin ON residents (name_pinyin);
CREATE INDEX residents_initials ON residents (name_initials);
CREATE INDEX residents_birth_date ON residents (birth_date);
CREATE INDEX residents_phone ON residents (phone) WHERE phone <> '';
-- Not partial: SQLite would not see that a range search excludes the empty string.
CREATE INDEX residents_id_number_reversed ON residents (id_number_reversed);
CREATE INDEX residents_phone_reversed ON residents (phone_reversed);
CREATE INDEX residents_address ON residents (grid_id, building, unit, room);
CREATE INDEX residents_household ON residents (household_id);
CREATE INDEX residents_registered ON residents (registered_at);

CREATE TABLE resident_tags (
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL
                CHECK (tag IN ('living_alone', 'empty_nest', 'disabled', 'low_income',
                               'extreme_poverty', 'veteran', 'key_care')),
    PRIMARY KEY (resident_id, tag)
) WITHOUT ROWID;

CREATE INDEX resident_tags_tag ON resident_tags (tag, resident_id);

CREATE TABLE service_categories (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE service_types (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    category_id       INTEGER NOT NULL REFERENCES service_categories (id),
    name_zh           TEXT NOT NULL,
    name_en           TEXT NOT NULL,
    opens_case        INTEGER NOT NULL DEFAULT 0 CHECK (opens_case IN (0, 1)),
    deadline_workdays INTEGER CHECK (deadline_workdays IS NULL OR deadline_workdays > 0),
    visit_kind        TEXT NOT NULL DEFAULT '' CHECK (visit_kind IN ('', 'elderly', 'rehab')),
    sort_order        INTEGER NOT NULL DEFAULT 0,
    retired           INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);

CREATE INDEX service_types_category ON service_types (category_id, sort_order);

CREATE TABLE service_records (
    id                INTEGER PRIMARY KEY,
    resident_id       INTEGER REFERENCES residents (id),
    service_type_id   INTEGER NOT NULL REFERENCES service_types (id),
    served_at         TEXT NOT NULL,
    handler_id        INTEGER REFERENCES staff (id),
    duration_minutes  INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
    outcome           TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    case_status       TEXT CHECK (case_status IS NULL OR case_status IN
                          ('received', 'assigned', 'in_progress', 'replied', 'return_visit',
                           'closed', 'referred')),
    due_date          TEXT,
    resolved_date     TEXT,
    referred_to       TEXT NOT NULL DEFAULT '',
    satisfaction      INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    created_by        INTEGER REFERENCES users (id),
    created_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX service_records_served_at ON service_records (served_at);
CREATE INDEX service_records_resident ON service_records (resident_id, served_at);
CREATE INDEX service_records_type ON service_records (service_type_id, served_at);
CREATE INDEX service_records_handler ON service_records (handler_id, served_at);
CREATE INDEX service_records_open_cases ON service_records (case_status, due_date)
    WHERE case_status IS NOT NULL;

CREATE TABLE case_events (
    id                INTEGER PRIMARY KEY,
    service_record_id INTEGER NOT NULL REFERENCES service_records (id) ON DELETE CASCADE,
    happened_at       TEXT NOT NULL,
    user_id           INTEGER REFERENCES users (id),
    from_status       TEXT,
    to_status         TEXT NOT NULL,
    note              TEXT NOT NULL DEFAULT ''
);

CREATE INDEX case_events_record ON case_events (service_record_id, happened_at);

CREATE TABLE visit_series (
    id               INTEGER PRIMARY KEY,
    resident_id      INTEGER NOT NULL REFERENCES residents (id),
    staff_id         INTEGER REFERENCES staff (id),
    kind             TEXT NOT NULL
                     CHECK (kind IN ('home_visit', 'rehab_center', 'rehab_home', 'phone_check')),
    frequency        TEXT NOT NULL CHECK (frequency IN ('weekly', 'every_n_days', 'monthly')),
    interval_days    INTEGER NOT NULL DEFAULT 1 CHECK (interval_days > 0),
    weekdays         INTEGER NOT NULL DEFAULT 0,
    month_day        INTEGER CHECK (month_day IS NULL OR month_day BETWEEN 1 AND 31),
    start_date       TEXT NOT NULL,
    until_date       TEXT,
    occurrence_count INTEGER CHECK (occurrence_count IS NULL OR occurrence_count > 0),
    start_time       TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 30 CHECK (duration_minutes > 0),
    place            TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    materialized_until TEXT,
    created_at       TEXT NOT NULL
);

CREATE INDEX visit_series_resident ON visit_series (resident_id);

CREATE TABLE visits (
    id                INTEGER PRIMARY KEY,
    series_id         INTEGER REFERENCES visit_series (id),
    resident_id       INTEGER NOT NULL REFERENCES residents (id),
    staff_id          INTEGER REFERENCES staff (id),
    kind              TEXT NOT NULL
                      CHECK (kind IN ('home_visit', 'rehab_center', 'rehab_home', 'phone_check')),
    starts_at         TEXT NOT NULL,
    duration_minutes  INTEGER NOT NULL DEFAULT 30 CHECK (duration_minutes > 0),
    place             TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'planned'
                      CHECK (status IN ('planned', 'done', 'missed', 'cancelled')),
    outcome           TEXT NOT NULL DEFAULT '',
    cancel_reason     TEXT NOT NULL DEFAULT '',
    conflict_reason   TEXT NOT NULL DEFAULT '',
    service_record_id INTEGER REFERENCES service_records (id),
    notes             TEXT NOT NULL DEFAULT '',
    version           INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX visits_starts_at ON visits (starts_at);
CREATE INDEX visits_staff ON visits (staff_id, starts_at);
CREATE INDEX visits_resident ON visits (resident_id, starts_at);
CREATE INDEX visits_series ON visits (series_id, starts_at);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at_utc      TEXT NOT NULL,
    user_id     INTEGER REFERENCES users (id),
    role        TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   INTEGER,
    changes     TEXT NOT NULL DEFAULT '',
    result      TEXT NOT NULL DEFAULT 'ok',
    host        TEXT NOT NULL DEFAULT '',
    app_version TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL DEFAULT '',
    row_hash    TEXT NOT NULL DEFAULT ''
);

CREATE INDEX audit_log_at ON audit_log (at_utc);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);

-- The audit log is append-only: no program path may change or remove a row.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
