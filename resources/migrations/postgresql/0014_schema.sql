-- Linli schema on PostgreSQL, at version 14 of the SQLite schema (resources/migrations/sqlite): the
-- same tables, columns, checks and indexes, and the same derived tables kept by triggers. A server
-- database starts here; later versions add a script on each engine.
-- Text compares byte by byte (COLLATE "C"), as in SQLite: the lists' orders, prefix searches over
-- pinyin and reversed numbers, and ISO dates do not depend on the server's locale.
-- Ids are the SQLite rowids' equal: taken from a sequence when not given, and a given one moves
-- the sequence past it (linli_follow_ids), so that copied or generated rows never collide with new ones.

CREATE TABLE linli_schema (
    application TEXT COLLATE "C" NOT NULL CHECK (application = 'Linli'),
    version     INTEGER NOT NULL
);
INSERT INTO linli_schema (application, version) VALUES ('Linli', 0);

-- SQLite's functions the queries use, under their names.
CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT strpos(haystack, needle)';

-- SQLite's group_concat(x) and group_concat(x, separator): the values joined by commas, or by the separator.
CREATE FUNCTION linli_join(joined TEXT, value TEXT, separator TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$SELECT CASE WHEN value IS NULL THEN joined WHEN joined IS NULL THEN value ELSE joined || separator || value END$$;
CREATE FUNCTION linli_join_with_comma(joined TEXT, value TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$SELECT linli_join(joined, value, ',')$$;
CREATE AGGREGATE group_concat(TEXT) (SFUNC = linli_join_with_comma, STYPE = TEXT);
CREATE AGGREGATE group_concat(TEXT, TEXT) (SFUNC = linli_join, STYPE = TEXT);

-- The first day of the month (YYYY-MM) less some years, as text: born on or before it, aged that.
CREATE FUNCTION linli_years_before(month TEXT, years INTEGER) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT to_char(make_date(substr(month, 1, 4)::int - years, substr(month, 6, 2)::int, 1), 'YYYY-MM-DD')$$;

-- After rows were written with ids of their own: the table's sequence goes past the largest.
CREATE FUNCTION linli_follow_ids() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sequence_name TEXT COLLATE "C" := pg_get_serial_sequence(TG_TABLE_NAME, 'id');
    largest BIGINT;
    current BIGINT;
BEGIN
    SELECT max(id) INTO largest FROM written;
    EXECUTE format('SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM %s', sequence_name) INTO current;
    IF largest > current THEN
        PERFORM setval(sequence_name, largest);
    END IF;
    RETURN NULL;
END
$$;

CREATE TABLE settings (
    key   TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    value TEXT COLLATE "C" NOT NULL
);

CREATE TABLE grids (
    id           BIGSERIAL PRIMARY KEY,
    code         TEXT COLLATE "C" NOT NULL UNIQUE,
    name         TEXT COLLATE "C" NOT NULL,
    worker_name  TEXT COLLATE "C" NOT NULL DEFAULT '',
    worker_phone TEXT COLLATE "C" NOT NULL DEFAULT ''
);

CREATE TABLE staff (
    id     BIGSERIAL PRIMARY KEY,
    name   TEXT COLLATE "C" NOT NULL,
    duty   TEXT COLLATE "C" NOT NULL DEFAULT 'clerk'
           CHECK (duty IN ('clerk', 'care', 'rehab', 'doctor', 'grid', 'manager', 'legal')),
    phone  TEXT COLLATE "C" NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE users (
    id                   BIGSERIAL PRIMARY KEY,
    login                TEXT COLLATE "C" NOT NULL UNIQUE,
    display_name         TEXT COLLATE "C" NOT NULL DEFAULT '',
    role                 TEXT COLLATE "C" NOT NULL CHECK (role IN ('clerk', 'manager', 'admin')),
    staff_id             BIGINT REFERENCES staff (id),
    password_hash        TEXT COLLATE "C" NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    failed_attempts      INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT COLLATE "C",
    disabled             INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at           TEXT COLLATE "C" NOT NULL
);

CREATE TABLE households (
    id         BIGSERIAL PRIMARY KEY,
    grid_id    BIGINT REFERENCES grids (id),
    building   TEXT COLLATE "C" NOT NULL DEFAULT '',
    unit       TEXT COLLATE "C" NOT NULL DEFAULT '',
    room       TEXT COLLATE "C" NOT NULL DEFAULT '',
    created_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE residents (
    id                    BIGSERIAL PRIMARY KEY,
    name                  TEXT COLLATE "C" NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    name_pinyin           TEXT COLLATE "C" NOT NULL DEFAULT '',
    name_initials         TEXT COLLATE "C" NOT NULL DEFAULT '',
    gender                TEXT COLLATE "C" NOT NULL CHECK (gender IN ('M', 'F')),
    birth_date            TEXT COLLATE "C" NOT NULL,
    id_number             TEXT COLLATE "C" CHECK (id_number IS NULL OR length(id_number) = 18),
    phone                 TEXT COLLATE "C" NOT NULL DEFAULT '',
    phone2                TEXT COLLATE "C" NOT NULL DEFAULT '',
    id_number_reversed    TEXT COLLATE "C" NOT NULL DEFAULT '',
    phone_reversed        TEXT COLLATE "C" NOT NULL DEFAULT '',
    grid_id               BIGINT NOT NULL REFERENCES grids (id),
    building              TEXT COLLATE "C" NOT NULL DEFAULT '',
    unit                  TEXT COLLATE "C" NOT NULL DEFAULT '',
    room                  TEXT COLLATE "C" NOT NULL DEFAULT '',
    household_id          BIGINT REFERENCES households (id),
    relation_to_head      TEXT COLLATE "C" NOT NULL DEFAULT ''
                          CHECK (relation_to_head IN ('', 'head', 'spouse', 'child', 'parent',
                                                      'grandchild', 'grandparent', 'sibling',
                                                      'child_in_law', 'other')),
    emergency_contact     TEXT COLLATE "C" NOT NULL DEFAULT '',
    emergency_phone       TEXT COLLATE "C" NOT NULL DEFAULT '',
    status                TEXT COLLATE "C" NOT NULL DEFAULT 'active'
                          CHECK (status IN ('active', 'moved_out', 'deceased')),
    notes                 TEXT COLLATE "C" NOT NULL DEFAULT '',
    registered_at         TEXT COLLATE "C" NOT NULL,
    updated_at            TEXT COLLATE "C" NOT NULL,
    version               INTEGER NOT NULL DEFAULT 1,
    contact_interval_days INTEGER CHECK (contact_interval_days IS NULL OR contact_interval_days BETWEEN 1 AND 365),
    last_contact_at       TEXT COLLATE "C",
    contact_due_at        TEXT COLLATE "C"
);

CREATE UNIQUE INDEX residents_id_number ON residents (id_number);
CREATE INDEX residents_name ON residents (name);
CREATE INDEX residents_pinyin ON residents (name_pinyin);
CREATE INDEX residents_initials ON residents (name_initials);
CREATE INDEX residents_birth_date ON residents (birth_date);
CREATE INDEX residents_phone ON residents (phone) WHERE phone <> '';
CREATE INDEX residents_id_number_reversed ON residents (id_number_reversed);
CREATE INDEX residents_phone_reversed ON residents (phone_reversed);
CREATE INDEX residents_address ON residents (grid_id, building, unit, room);
CREATE INDEX residents_household ON residents (household_id);
CREATE INDEX residents_registered ON residents (registered_at, grid_id);
CREATE INDEX residents_room ON residents (room, building, unit);
CREATE INDEX residents_contact_due ON residents (contact_due_at) WHERE contact_due_at IS NOT NULL;
CREATE INDEX residents_contact_due_by_grid ON residents (grid_id, contact_due_at) WHERE contact_due_at IS NOT NULL;

CREATE TABLE resident_tags (
    resident_id BIGINT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    tag         TEXT COLLATE "C" NOT NULL
                CHECK (tag IN ('living_alone', 'empty_nest', 'disabled', 'low_income',
                               'extreme_poverty', 'veteran', 'key_care')),
    PRIMARY KEY (resident_id, tag)
);

CREATE INDEX resident_tags_tag ON resident_tags (tag, resident_id);

CREATE TABLE service_categories (
    id         BIGSERIAL PRIMARY KEY,
    code       TEXT COLLATE "C" NOT NULL UNIQUE,
    name_zh    TEXT COLLATE "C" NOT NULL,
    name_en    TEXT COLLATE "C" NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE service_types (
    id                BIGSERIAL PRIMARY KEY,
    code              TEXT COLLATE "C" NOT NULL UNIQUE,
    category_id       BIGINT NOT NULL REFERENCES service_categories (id),
    name_zh           TEXT COLLATE "C" NOT NULL,
    name_en           TEXT COLLATE "C" NOT NULL,
    opens_case        INTEGER NOT NULL DEFAULT 0 CHECK (opens_case IN (0, 1)),
    deadline_workdays INTEGER CHECK (deadline_workdays IS NULL OR deadline_workdays > 0),
    visit_kind        TEXT COLLATE "C" NOT NULL DEFAULT '' CHECK (visit_kind IN ('', 'elderly', 'rehab')),
    sort_order        INTEGER NOT NULL DEFAULT 0,
    retired           INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);

CREATE INDEX service_types_category ON service_types (category_id, sort_order);

CREATE TABLE service_records (
    id                BIGSERIAL PRIMARY KEY,
    resident_id       BIGINT REFERENCES residents (id),
    service_type_id   BIGINT NOT NULL REFERENCES service_types (id),
    served_at         TEXT COLLATE "C" NOT NULL,
    handler_id        BIGINT REFERENCES staff (id),
    duration_minutes  INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
    outcome           TEXT COLLATE "C" NOT NULL DEFAULT '',
    notes             TEXT COLLATE "C" NOT NULL DEFAULT '',
    case_status       TEXT COLLATE "C" CHECK (case_status IS NULL OR case_status IN
                          ('received', 'assigned', 'in_progress', 'replied', 'return_visit',
                           'closed', 'referred')),
    due_date          TEXT COLLATE "C",
    resolved_date     TEXT COLLATE "C",
    referred_to       TEXT COLLATE "C" NOT NULL DEFAULT '',
    satisfaction      INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    created_by        BIGINT REFERENCES users (id),
    created_at        TEXT COLLATE "C" NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX service_records_served_at ON service_records (served_at);
CREATE INDEX service_records_resident ON service_records (resident_id, served_at);
CREATE INDEX service_records_type ON service_records (service_type_id, served_at);
CREATE INDEX service_records_handler ON service_records (handler_id, served_at);
CREATE INDEX service_records_open_cases ON service_records (case_status, due_date)
    WHERE case_status IS NOT NULL;
CREATE INDEX service_records_open_due ON service_records (due_date)
    WHERE case_status IN ('received', 'assigned', 'in_progress', 'replied', 'return_visit');
CREATE INDEX service_records_open_by_handler ON service_records (handler_id, due_date)
    WHERE case_status IN ('received', 'assigned', 'in_progress', 'replied', 'return_visit');
CREATE INDEX service_records_open_served ON service_records (served_at)
    WHERE case_status IN ('received', 'assigned', 'in_progress', 'replied', 'return_visit');

CREATE TABLE case_events (
    id                BIGSERIAL PRIMARY KEY,
    service_record_id BIGINT NOT NULL REFERENCES service_records (id) ON DELETE CASCADE,
    happened_at       TEXT COLLATE "C" NOT NULL,
    user_id           BIGINT REFERENCES users (id),
    from_status       TEXT COLLATE "C",
    to_status         TEXT COLLATE "C" NOT NULL,
    note              TEXT COLLATE "C" NOT NULL DEFAULT '',
    staff_id          BIGINT REFERENCES staff (id)
);

CREATE INDEX case_events_record ON case_events (service_record_id, happened_at);

CREATE TABLE staff_favourite_types (
    staff_id        BIGINT NOT NULL REFERENCES staff (id),
    service_type_id BIGINT NOT NULL REFERENCES service_types (id),
    PRIMARY KEY (staff_id, service_type_id)
);

CREATE TABLE visit_series (
    id                 BIGSERIAL PRIMARY KEY,
    resident_id        BIGINT NOT NULL REFERENCES residents (id),
    staff_id           BIGINT REFERENCES staff (id),
    kind               TEXT COLLATE "C" NOT NULL
                       CHECK (kind IN ('home_visit', 'rehab_center', 'rehab_home', 'phone_check')),
    frequency          TEXT COLLATE "C" NOT NULL CHECK (frequency IN ('weekly', 'every_n_days', 'monthly')),
    interval_days      INTEGER NOT NULL DEFAULT 1 CHECK (interval_days > 0),
    weekdays           INTEGER NOT NULL DEFAULT 0,
    month_day          INTEGER CHECK (month_day IS NULL OR month_day BETWEEN 1 AND 31),
    start_date         TEXT COLLATE "C" NOT NULL,
    until_date         TEXT COLLATE "C",
    occurrence_count   INTEGER CHECK (occurrence_count IS NULL OR occurrence_count > 0),
    start_time         TEXT COLLATE "C" NOT NULL,
    duration_minutes   INTEGER NOT NULL DEFAULT 30 CHECK (duration_minutes > 0),
    place              TEXT COLLATE "C" NOT NULL DEFAULT '',
    notes              TEXT COLLATE "C" NOT NULL DEFAULT '',
    materialized_until TEXT COLLATE "C",
    created_at         TEXT COLLATE "C" NOT NULL
);

CREATE INDEX visit_series_resident ON visit_series (resident_id);

CREATE TABLE visits (
    id                BIGSERIAL PRIMARY KEY,
    series_id         BIGINT REFERENCES visit_series (id),
    resident_id       BIGINT NOT NULL REFERENCES residents (id),
    staff_id          BIGINT REFERENCES staff (id),
    kind              TEXT COLLATE "C" NOT NULL
                      CHECK (kind IN ('home_visit', 'rehab_center', 'rehab_home', 'phone_check')),
    starts_at         TEXT COLLATE "C" NOT NULL,
    duration_minutes  INTEGER NOT NULL DEFAULT 30 CHECK (duration_minutes > 0),
    place             TEXT COLLATE "C" NOT NULL DEFAULT '',
    status            TEXT COLLATE "C" NOT NULL DEFAULT 'planned'
                      CHECK (status IN ('planned', 'done', 'missed', 'cancelled')),
    outcome           TEXT COLLATE "C" NOT NULL DEFAULT '',
    cancel_reason     TEXT COLLATE "C" NOT NULL DEFAULT '',
    conflict_reason   TEXT COLLATE "C" NOT NULL DEFAULT '',
    service_record_id BIGINT REFERENCES service_records (id),
    notes             TEXT COLLATE "C" NOT NULL DEFAULT '',
    version           INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX visits_day_status ON visits (starts_at, status);
CREATE INDEX visits_staff ON visits (staff_id, starts_at);
CREATE INDEX visits_resident ON visits (resident_id, starts_at);
CREATE INDEX visits_series ON visits (series_id, starts_at);

CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    at_utc      TEXT COLLATE "C" NOT NULL,
    user_id     BIGINT REFERENCES users (id),
    role        TEXT COLLATE "C" NOT NULL DEFAULT '',
    action      TEXT COLLATE "C" NOT NULL,
    object_type TEXT COLLATE "C" NOT NULL DEFAULT '',
    object_id   BIGINT,
    changes     TEXT COLLATE "C" NOT NULL DEFAULT '',
    result      TEXT COLLATE "C" NOT NULL DEFAULT 'ok',
    host        TEXT COLLATE "C" NOT NULL DEFAULT '',
    app_version TEXT COLLATE "C" NOT NULL DEFAULT '',
    prev_hash   TEXT COLLATE "C" NOT NULL DEFAULT '',
    row_hash    TEXT COLLATE "C" NOT NULL DEFAULT '',
    login       TEXT COLLATE "C" NOT NULL DEFAULT ''
);

CREATE INDEX audit_log_at ON audit_log (at_utc);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);
CREATE INDEX audit_log_action ON audit_log (action, at_utc);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE calendar_days (
    day  TEXT COLLATE "C" PRIMARY KEY NOT NULL,
    kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('holiday', 'workday')),
    note TEXT COLLATE "C" NOT NULL DEFAULT ''
);

-- The sequences follow ids given by the writer.
DO $$
DECLARE
    name TEXT COLLATE "C";
BEGIN
    FOREACH name IN ARRAY ARRAY['grids', 'staff', 'users', 'households', 'residents', 'service_categories',
                                'service_types', 'service_records', 'case_events', 'visit_series', 'visits',
                                'audit_log']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS written '
                       'FOR EACH STATEMENT EXECUTE FUNCTION linli_follow_ids()', name || '_follow_ids', name);
    END LOOP;
END
$$;

-- 2025, from the notice of 12 November 2024 (国办发明电〔2024〕12号).
INSERT INTO calendar_days (day, kind, note) VALUES
    ('2025-01-01', 'holiday', '元旦'),
    ('2025-01-26', 'workday', '春节调休'),
    ('2025-01-28', 'holiday', '春节'), ('2025-01-29', 'holiday', '春节'), ('2025-01-30', 'holiday', '春节'),
    ('2025-01-31', 'holiday', '春节'), ('2025-02-01', 'holiday', '春节'), ('2025-02-02', 'holiday', '春节'),
    ('2025-02-03', 'holiday', '春节'), ('2025-02-04', 'holiday', '春节'),
    ('2025-02-08', 'workday', '春节调休'),
    ('2025-04-04', 'holiday', '清明节'), ('2025-04-05', 'holiday', '清明节'), ('2025-04-06', 'holiday', '清明节'),
    ('2025-04-27', 'workday', '劳动节调休'),
    ('2025-05-01', 'holiday', '劳动节'), ('2025-05-02', 'holiday', '劳动节'), ('2025-05-03', 'holiday', '劳动节'),
    ('2025-05-04', 'holiday', '劳动节'), ('2025-05-05', 'holiday', '劳动节'),
    ('2025-05-31', 'holiday', '端午节'), ('2025-06-01', 'holiday', '端午节'), ('2025-06-02', 'holiday', '端午节'),
    ('2025-09-28', 'workday', '国庆节调休'),
    ('2025-10-01', 'holiday', '国庆节、中秋节'), ('2025-10-02', 'holiday', '国庆节、中秋节'),
    ('2025-10-03', 'holiday', '国庆节、中秋节'), ('2025-10-04', 'holiday', '国庆节、中秋节'),
    ('2025-10-05', 'holiday', '国庆节、中秋节'), ('2025-10-06', 'holiday', '国庆节、中秋节'),
    ('2025-10-07', 'holiday', '国庆节、中秋节'), ('2025-10-08', 'holiday', '国庆节、中秋节'),
    ('2025-10-11', 'workday', '国庆节调休');

-- 2026, from the notice of 4 November 2025 (国务院办公厅关于2026年部分节假日安排的通知).
INSERT INTO calendar_days (day, kind, note) VALUES
    ('2026-01-01', 'holiday', '元旦'), ('2026-01-02', 'holiday', '元旦'), ('2026-01-03', 'holiday', '元旦'),
    ('2026-01-04', 'workday', '元旦调休'),
    ('2026-02-14', 'workday', '春节调休'),
    ('2026-02-15', 'holiday', '春节'), ('2026-02-16', 'holiday', '春节'), ('2026-02-17', 'holiday', '春节'),
    ('2026-02-18', 'holiday', '春节'), ('2026-02-19', 'holiday', '春节'), ('2026-02-20', 'holiday', '春节'),
    ('2026-02-21', 'holiday', '春节'), ('2026-02-22', 'holiday', '春节'), ('2026-02-23', 'holiday', '春节'),
    ('2026-02-28', 'workday', '春节调休'),
    ('2026-04-04', 'holiday', '清明节'), ('2026-04-05', 'holiday', '清明节'), ('2026-04-06', 'holiday', '清明节'),
    ('2026-05-01', 'holiday', '劳动节'), ('2026-05-02', 'holiday', '劳动节'), ('2026-05-03', 'holiday', '劳动节'),
    ('2026-05-04', 'holiday', '劳动节'), ('2026-05-05', 'holiday', '劳动节'),
    ('2026-05-09', 'workday', '劳动节调休'),
    ('2026-06-19', 'holiday', '端午节'), ('2026-06-20', 'holiday', '端午节'), ('2026-06-21', 'holiday', '端午节'),
    ('2026-09-20', 'workday', '国庆节调休'),
    ('2026-09-25', 'holiday', '中秋节'), ('2026-09-26', 'holiday', '中秋节'), ('2026-09-27', 'holiday', '中秋节'),
    ('2026-10-01', 'holiday', '国庆节'), ('2026-10-02', 'holiday', '国庆节'), ('2026-10-03', 'holiday', '国庆节'),
    ('2026-10-04', 'holiday', '国庆节'), ('2026-10-05', 'holiday', '国庆节'), ('2026-10-06', 'holiday', '国庆节'),
    ('2026-10-07', 'holiday', '国庆节'),
    ('2026-10-10', 'workday', '国庆节调休');

-- Care contact defaults, per tag; the dates are computed by the program at its next opening.
INSERT INTO settings (key, value) VALUES
    ('care_interval_living_alone', '7'), ('care_interval_disabled', '14'), ('care_interval_key_care', '30'),
    ('care_schedule_stale', '1');

-- Services per grid, month and type, and their totals over the grids (SQLite: 0007, 0008).
CREATE TABLE service_month_counts (
    grid_id         BIGINT NOT NULL,
    month           TEXT COLLATE "C" NOT NULL,
    service_type_id BIGINT NOT NULL,
    records         BIGINT NOT NULL CHECK (records >= 0),
    PRIMARY KEY (grid_id, month, service_type_id)
);

CREATE TABLE service_month_totals (
    month           TEXT COLLATE "C" NOT NULL,
    service_type_id BIGINT NOT NULL,
    records         BIGINT NOT NULL CHECK (records >= 0),
    PRIMARY KEY (month, service_type_id)
);

CREATE FUNCTION service_month_totals_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE service_month_totals t SET records = t.records - OLD.records
        WHERE t.month = OLD.month AND t.service_type_id = OLD.service_type_id;
        DELETE FROM service_month_totals t
        WHERE t.month = OLD.month AND t.service_type_id = OLD.service_type_id AND t.records = 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO service_month_totals AS t (month, service_type_id, records)
        VALUES (NEW.month, NEW.service_type_id, NEW.records)
        ON CONFLICT (month, service_type_id) DO UPDATE SET records = t.records + excluded.records;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER service_month_totals_follow AFTER INSERT OR UPDATE OF records OR DELETE ON service_month_counts
    FOR EACH ROW EXECUTE FUNCTION service_month_totals_follow();

-- One record more (+1) or less (-1) in its grid, month and type.
CREATE FUNCTION service_month_counts_add(service service_records, change INTEGER) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    grid BIGINT := coalesce((SELECT grid_id FROM residents WHERE id = service.resident_id), 0);
BEGIN
    IF change > 0 THEN
        INSERT INTO service_month_counts AS c (grid_id, month, service_type_id, records)
        VALUES (grid, substr(service.served_at, 1, 7), service.service_type_id, change)
        ON CONFLICT (grid_id, month, service_type_id) DO UPDATE SET records = c.records + excluded.records;
    ELSE
        UPDATE service_month_counts c SET records = c.records + change
        WHERE c.grid_id = grid AND c.month = substr(service.served_at, 1, 7)
          AND c.service_type_id = service.service_type_id;
        DELETE FROM service_month_counts c
        WHERE c.grid_id = grid AND c.month = substr(service.served_at, 1, 7)
          AND c.service_type_id = service.service_type_id AND c.records = 0;
    END IF;
END
$$;

CREATE FUNCTION service_month_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND substr(OLD.served_at, 1, 7) IS NOT DISTINCT FROM substr(NEW.served_at, 1, 7)
       AND OLD.service_type_id IS NOT DISTINCT FROM NEW.service_type_id
       AND OLD.resident_id IS NOT DISTINCT FROM NEW.resident_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM service_month_counts_add(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM service_month_counts_add(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER service_month_counts_follow
    AFTER INSERT OR UPDATE OF served_at, service_type_id, resident_id OR DELETE ON service_records
    FOR EACH ROW EXECUTE FUNCTION service_month_counts_follow();

-- Distinct residents served per month and grid, with the elderly and care groups among them (0009).
CREATE TABLE resident_months (
    resident_id BIGINT NOT NULL,
    month       TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (resident_id, month)
);

CREATE TABLE served_month_counts (
    grid_id         BIGINT NOT NULL,
    month           TEXT COLLATE "C" NOT NULL,
    people          BIGINT NOT NULL DEFAULT 0,
    aged_60         BIGINT NOT NULL DEFAULT 0,
    aged_80         BIGINT NOT NULL DEFAULT 0,
    living_alone    BIGINT NOT NULL DEFAULT 0,
    empty_nest      BIGINT NOT NULL DEFAULT 0,
    disabled        BIGINT NOT NULL DEFAULT 0,
    low_income      BIGINT NOT NULL DEFAULT 0,
    extreme_poverty BIGINT NOT NULL DEFAULT 0,
    veteran         BIGINT NOT NULL DEFAULT 0,
    key_care        BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (grid_id, month)
);

-- One resident counted in (+1) or out of (-1) a month of a grid, as their birth date and tags say.
CREATE FUNCTION served_month_counts_add(resident BIGINT, grid BIGINT, born TEXT, served_month TEXT, change INTEGER)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    tags TEXT[] := ARRAY(SELECT tag FROM resident_tags WHERE resident_id = resident);
BEGIN
    -- A count that is not there cannot be taken from (as after a rebuild emptied the counts first).
    IF change < 0 AND NOT EXISTS (SELECT 1 FROM served_month_counts c WHERE c.grid_id = grid AND c.month = served_month) THEN
        RETURN;
    END IF;
    INSERT INTO served_month_counts AS c (grid_id, month, people, aged_60, aged_80, living_alone, empty_nest,
                                          disabled, low_income, extreme_poverty, veteran, key_care)
    VALUES (grid, served_month, change,
            change * (born <= linli_years_before(served_month, 60))::int,
            change * (born <= linli_years_before(served_month, 80))::int,
            change * ('living_alone' = ANY (tags))::int, change * ('empty_nest' = ANY (tags))::int,
            change * ('disabled' = ANY (tags))::int, change * ('low_income' = ANY (tags))::int,
            change * ('extreme_poverty' = ANY (tags))::int, change * ('veteran' = ANY (tags))::int,
            change * ('key_care' = ANY (tags))::int)
    ON CONFLICT (grid_id, month) DO UPDATE SET
        people = c.people + excluded.people, aged_60 = c.aged_60 + excluded.aged_60,
        aged_80 = c.aged_80 + excluded.aged_80, living_alone = c.living_alone + excluded.living_alone,
        empty_nest = c.empty_nest + excluded.empty_nest, disabled = c.disabled + excluded.disabled,
        low_income = c.low_income + excluded.low_income,
        extreme_poverty = c.extreme_poverty + excluded.extreme_poverty,
        veteran = c.veteran + excluded.veteran, key_care = c.key_care + excluded.key_care;
    DELETE FROM served_month_counts c WHERE c.grid_id = grid AND c.month = served_month AND c.people = 0;
END
$$;

CREATE FUNCTION resident_months_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed resident_months := CASE WHEN TG_OP = 'INSERT' THEN NEW ELSE OLD END;
    r residents;
BEGIN
    SELECT * INTO r FROM residents WHERE id = changed.resident_id;
    IF FOUND THEN
        PERFORM served_month_counts_add(r.id, r.grid_id, r.birth_date, changed.month,
                                        CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER resident_months_follow AFTER INSERT OR DELETE ON resident_months
    FOR EACH ROW EXECUTE FUNCTION resident_months_follow();

-- The log decides who was served when: a month goes when its resident's last service in it goes.
CREATE FUNCTION resident_months_leave(resident BIGINT, service_time TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    month_start TEXT COLLATE "C" := substr(service_time, 1, 7) || '-01';
    next_month TEXT COLLATE "C" := to_char(to_date(month_start, 'YYYY-MM-DD') + interval '1 month', 'YYYY-MM-DD');
BEGIN
    DELETE FROM resident_months m
    WHERE m.resident_id = resident AND m.month = substr(service_time, 1, 7)
      AND NOT EXISTS (SELECT 1 FROM service_records s WHERE s.resident_id = resident
                      AND s.served_at >= month_start AND s.served_at < next_month);
END
$$;

CREATE FUNCTION resident_months_service_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.resident_id IS NOT DISTINCT FROM NEW.resident_id
       AND substr(OLD.served_at, 1, 7) IS NOT DISTINCT FROM substr(NEW.served_at, 1, 7) THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.resident_id IS NOT NULL THEN
        PERFORM resident_months_leave(OLD.resident_id, OLD.served_at);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.resident_id IS NOT NULL THEN
        INSERT INTO resident_months (resident_id, month) VALUES (NEW.resident_id, substr(NEW.served_at, 1, 7))
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER resident_months_service_follow
    AFTER INSERT OR UPDATE OF resident_id, served_at OR DELETE ON service_records
    FOR EACH ROW EXECUTE FUNCTION resident_months_service_follow();

-- A tag given or taken counts in every month the resident was served.
CREATE FUNCTION served_month_counts_tag_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed resident_tags := CASE WHEN TG_OP = 'INSERT' THEN NEW ELSE OLD END;
    change INTEGER := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    UPDATE served_month_counts c SET
        living_alone = c.living_alone + change * (changed.tag = 'living_alone')::int,
        empty_nest = c.empty_nest + change * (changed.tag = 'empty_nest')::int,
        disabled = c.disabled + change * (changed.tag = 'disabled')::int,
        low_income = c.low_income + change * (changed.tag = 'low_income')::int,
        extreme_poverty = c.extreme_poverty + change * (changed.tag = 'extreme_poverty')::int,
        veteran = c.veteran + change * (changed.tag = 'veteran')::int,
        key_care = c.key_care + change * (changed.tag = 'key_care')::int
    WHERE c.grid_id = (SELECT grid_id FROM residents WHERE id = changed.resident_id)
      AND c.month IN (SELECT month FROM resident_months WHERE resident_id = changed.resident_id);
    RETURN NULL;
END
$$;
CREATE TRIGGER served_month_counts_tag_follow AFTER INSERT OR DELETE ON resident_tags
    FOR EACH ROW EXECUTE FUNCTION served_month_counts_tag_follow();

-- Visits per month, kind and state, per grid and over all grids (0010).
CREATE TABLE visit_month_counts (
    grid_id BIGINT NOT NULL,
    month   TEXT COLLATE "C" NOT NULL,
    kind    TEXT COLLATE "C" NOT NULL,
    status  TEXT COLLATE "C" NOT NULL,
    visits  BIGINT NOT NULL CHECK (visits >= 0),
    PRIMARY KEY (grid_id, month, kind, status)
);

CREATE TABLE visit_month_totals (
    month  TEXT COLLATE "C" NOT NULL,
    kind   TEXT COLLATE "C" NOT NULL,
    status TEXT COLLATE "C" NOT NULL,
    visits BIGINT NOT NULL CHECK (visits >= 0),
    PRIMARY KEY (month, kind, status)
);

CREATE FUNCTION visit_month_totals_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE visit_month_totals t SET visits = t.visits - OLD.visits
        WHERE t.month = OLD.month AND t.kind = OLD.kind AND t.status = OLD.status;
        DELETE FROM visit_month_totals t
        WHERE t.month = OLD.month AND t.kind = OLD.kind AND t.status = OLD.status AND t.visits = 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO visit_month_totals AS t (month, kind, status, visits)
        VALUES (NEW.month, NEW.kind, NEW.status, NEW.visits)
        ON CONFLICT (month, kind, status) DO UPDATE SET visits = t.visits + excluded.visits;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER visit_month_totals_follow AFTER INSERT OR UPDATE OF visits OR DELETE ON visit_month_counts
    FOR EACH ROW EXECUTE FUNCTION visit_month_totals_follow();

CREATE FUNCTION visit_month_counts_add(visit visits, change INTEGER) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    grid BIGINT := (SELECT grid_id FROM residents WHERE id = visit.resident_id);
BEGIN
    IF grid IS NULL THEN
        RETURN;
    END IF;
    IF change > 0 THEN
        INSERT INTO visit_month_counts AS c (grid_id, month, kind, status, visits)
        VALUES (grid, substr(visit.starts_at, 1, 7), visit.kind, visit.status, change)
        ON CONFLICT (grid_id, month, kind, status) DO UPDATE SET visits = c.visits + excluded.visits;
    ELSE
        UPDATE visit_month_counts c SET visits = c.visits + change
        WHERE c.grid_id = grid AND c.month = substr(visit.starts_at, 1, 7) AND c.kind = visit.kind
          AND c.status = visit.status;
        DELETE FROM visit_month_counts c
        WHERE c.grid_id = grid AND c.month = substr(visit.starts_at, 1, 7) AND c.kind = visit.kind
          AND c.status = visit.status AND c.visits = 0;
    END IF;
END
$$;

CREATE FUNCTION visit_month_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND substr(OLD.starts_at, 1, 7) IS NOT DISTINCT FROM substr(NEW.starts_at, 1, 7)
       AND OLD.kind IS NOT DISTINCT FROM NEW.kind AND OLD.status IS NOT DISTINCT FROM NEW.status
       AND OLD.resident_id IS NOT DISTINCT FROM NEW.resident_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM visit_month_counts_add(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM visit_month_counts_add(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER visit_month_counts_follow
    AFTER INSERT OR UPDATE OF starts_at, kind, status, resident_id OR DELETE ON visits
    FOR EACH ROW EXECUTE FUNCTION visit_month_counts_follow();

-- Cases per grid, month received and month closed (0012).
CREATE TABLE case_month_counts (
    grid_id        BIGINT NOT NULL,
    received_month TEXT COLLATE "C" NOT NULL,
    closed_month   TEXT COLLATE "C" NOT NULL,
    cases          BIGINT NOT NULL,
    on_time        BIGINT NOT NULL,
    rated          BIGINT NOT NULL,
    satisfied      BIGINT NOT NULL,
    PRIMARY KEY (grid_id, received_month, closed_month)
);

CREATE INDEX case_month_counts_received
    ON case_month_counts (received_month, closed_month, cases, on_time, rated, satisfied);

CREATE FUNCTION case_month_counts_add(service service_records, grid BIGINT, change INTEGER)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    is_closed BOOLEAN := service.case_status = 'closed';
    month_closed TEXT COLLATE "C" := CASE WHEN is_closed THEN coalesce(substr(service.resolved_date, 1, 7), '') ELSE '' END;
    in_time INTEGER := ((is_closed AND (service.due_date IS NULL OR service.resolved_date <= service.due_date)) IS TRUE)::int;
    is_rated INTEGER := ((is_closed AND service.satisfaction IS NOT NULL) IS TRUE)::int;
    is_satisfied INTEGER := ((is_closed AND service.satisfaction >= 3) IS TRUE)::int;
BEGIN
    IF service.case_status IS NULL THEN
        RETURN;
    END IF;
    IF change < 0 AND NOT EXISTS (SELECT 1 FROM case_month_counts c WHERE c.grid_id = grid
                                  AND c.received_month = substr(service.served_at, 1, 7) AND c.closed_month = month_closed) THEN
        RETURN;
    END IF;
    INSERT INTO case_month_counts AS c (grid_id, received_month, closed_month, cases, on_time, rated, satisfied)
    VALUES (grid, substr(service.served_at, 1, 7), month_closed, change, change * in_time, change * is_rated,
            change * is_satisfied)
    ON CONFLICT (grid_id, received_month, closed_month) DO UPDATE SET
        cases = c.cases + excluded.cases, on_time = c.on_time + excluded.on_time,
        rated = c.rated + excluded.rated, satisfied = c.satisfied + excluded.satisfied;
    DELETE FROM case_month_counts c
    WHERE c.grid_id = grid AND c.received_month = substr(service.served_at, 1, 7)
      AND c.closed_month = month_closed AND c.cases = 0;
END
$$;

CREATE FUNCTION case_month_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM case_month_counts_add(OLD, coalesce((SELECT grid_id FROM residents WHERE id = OLD.resident_id), 0), -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM case_month_counts_add(NEW, coalesce((SELECT grid_id FROM residents WHERE id = NEW.resident_id), 0), 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER case_month_counts_follow
    AFTER INSERT OR UPDATE OF served_at, case_status, resolved_date, due_date, satisfaction, resident_id
          OR DELETE ON service_records
    FOR EACH ROW EXECUTE FUNCTION case_month_counts_follow();

-- A resident moving to another grid, or whose birth date is corrected, takes their counts along.
CREATE FUNCTION resident_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    service service_records;
    visit visits;
    served TEXT COLLATE "C";
BEGIN
    IF OLD.grid_id IS DISTINCT FROM NEW.grid_id THEN
        FOR service IN SELECT * FROM service_records WHERE resident_id = NEW.id LOOP
            UPDATE service_month_counts c SET records = c.records - 1
            WHERE c.grid_id = OLD.grid_id AND c.month = substr(service.served_at, 1, 7)
              AND c.service_type_id = service.service_type_id;
            INSERT INTO service_month_counts AS c (grid_id, month, service_type_id, records)
            VALUES (NEW.grid_id, substr(service.served_at, 1, 7), service.service_type_id, 1)
            ON CONFLICT (grid_id, month, service_type_id) DO UPDATE SET records = c.records + 1;
            PERFORM case_month_counts_add(service, OLD.grid_id, -1);
            PERFORM case_month_counts_add(service, NEW.grid_id, 1);
        END LOOP;
        DELETE FROM service_month_counts c WHERE c.grid_id = OLD.grid_id AND c.records = 0;
        FOR visit IN SELECT * FROM visits WHERE resident_id = NEW.id LOOP
            UPDATE visit_month_counts c SET visits = c.visits - 1
            WHERE c.grid_id = OLD.grid_id AND c.month = substr(visit.starts_at, 1, 7) AND c.kind = visit.kind
              AND c.status = visit.status;
            INSERT INTO visit_month_counts AS c (grid_id, month, kind, status, visits)
            VALUES (NEW.grid_id, substr(visit.starts_at, 1, 7), visit.kind, visit.status, 1)
            ON CONFLICT (grid_id, month, kind, status) DO UPDATE SET visits = c.visits + 1;
        END LOOP;
        DELETE FROM visit_month_counts c WHERE c.grid_id = OLD.grid_id AND c.visits = 0;
    END IF;
    FOR served IN SELECT month FROM resident_months WHERE resident_id = NEW.id LOOP
        PERFORM served_month_counts_add(NEW.id, OLD.grid_id, OLD.birth_date, served, -1);
        PERFORM served_month_counts_add(NEW.id, NEW.grid_id, NEW.birth_date, served, 1);
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER resident_counts_follow AFTER UPDATE OF grid_id, birth_date ON residents
    FOR EACH ROW WHEN (OLD.grid_id IS DISTINCT FROM NEW.grid_id OR OLD.birth_date IS DISTINCT FROM NEW.birth_date)
    EXECUTE FUNCTION resident_counts_follow();

-- Every character of each name and every pair of adjacent ones, with the name's spelling (0014).
CREATE TABLE resident_name_grams (
    gram        TEXT COLLATE "C" NOT NULL,
    name_pinyin TEXT COLLATE "C" NOT NULL,
    resident_id BIGINT NOT NULL,
    PRIMARY KEY (gram, name_pinyin, resident_id)
);

CREATE FUNCTION resident_name_grams_of(full_name TEXT) RETURNS SETOF TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT substr(full_name, p, 1) FROM generate_series(1, length(full_name)) AS p
    UNION
    SELECT substr(full_name, p, 2) FROM generate_series(1, length(full_name) - 1) AS p
$$;

CREATE FUNCTION resident_name_grams_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.name IS NOT DISTINCT FROM NEW.name
       AND OLD.name_pinyin IS NOT DISTINCT FROM NEW.name_pinyin THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM resident_name_grams g
        WHERE g.resident_id = OLD.id AND g.name_pinyin = OLD.name_pinyin
          AND g.gram IN (SELECT resident_name_grams_of(OLD.name));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO resident_name_grams (gram, name_pinyin, resident_id)
        SELECT gram, NEW.name_pinyin, NEW.id FROM resident_name_grams_of(NEW.name) AS gram
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER resident_name_grams_follow AFTER INSERT OR UPDATE OF name, name_pinyin OR DELETE ON residents
    FOR EACH ROW EXECUTE FUNCTION resident_name_grams_follow();

