-- Records corrected or voided at the desk (see the SQLite script of the same number).
CREATE TABLE voided_service_records (
    id                BIGINT PRIMARY KEY,
    resident_id       BIGINT REFERENCES residents (id),
    service_type_id   BIGINT NOT NULL REFERENCES service_types (id),
    served_at         TEXT COLLATE "C" NOT NULL,
    handler_id        BIGINT REFERENCES staff (id),
    duration_minutes  INTEGER NOT NULL,
    outcome           TEXT COLLATE "C" NOT NULL,
    notes             TEXT COLLATE "C" NOT NULL,
    case_status       TEXT COLLATE "C",
    due_date          TEXT COLLATE "C",
    resolved_date     TEXT COLLATE "C",
    referred_to       TEXT COLLATE "C" NOT NULL,
    satisfaction      INTEGER,
    created_by        BIGINT REFERENCES users (id),
    created_at        TEXT COLLATE "C" NOT NULL,
    entry_key         TEXT COLLATE "C",
    version           INTEGER NOT NULL,
    voided_at         TEXT COLLATE "C" NOT NULL,
    voided_by         BIGINT REFERENCES users (id),
    void_reason       TEXT COLLATE "C" NOT NULL CHECK (length(trim(void_reason)) > 0)
);

CREATE INDEX voided_service_records_resident ON voided_service_records (resident_id);

CREATE TABLE voided_case_events (
    id                BIGSERIAL PRIMARY KEY,
    service_record_id BIGINT NOT NULL REFERENCES voided_service_records (id),
    happened_at       TEXT COLLATE "C" NOT NULL,
    user_id           BIGINT REFERENCES users (id),
    from_status       TEXT COLLATE "C",
    to_status         TEXT COLLATE "C" NOT NULL,
    note              TEXT COLLATE "C" NOT NULL DEFAULT '',
    staff_id          BIGINT REFERENCES staff (id)
);

CREATE INDEX voided_case_events_record ON voided_case_events (service_record_id, happened_at);

CREATE TABLE record_corrections (
    id                BIGSERIAL PRIMARY KEY,
    service_record_id BIGINT NOT NULL,
    kind              TEXT COLLATE "C" NOT NULL CHECK (kind IN ('correct', 'void')),
    at_utc            TEXT COLLATE "C" NOT NULL,
    user_id           BIGINT REFERENCES users (id),
    changes           TEXT COLLATE "C" NOT NULL,
    month_before      TEXT COLLATE "C",
    month_after       TEXT COLLATE "C"
);

CREATE INDEX record_corrections_record ON record_corrections (service_record_id, at_utc);
CREATE INDEX record_corrections_month_before ON record_corrections (month_before, at_utc);
CREATE INDEX record_corrections_month_after ON record_corrections (month_after, at_utc);

CREATE TRIGGER record_corrections_follow_ids AFTER INSERT ON record_corrections REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION linli_follow_ids();
CREATE TRIGGER voided_case_events_follow_ids AFTER INSERT ON voided_case_events REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION linli_follow_ids();
