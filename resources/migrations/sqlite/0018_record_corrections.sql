-- A service record corrected or voided at the desk. A voided record leaves service_records (and with
-- it every list, count and figure, which the triggers there follow) and is kept here whole, with
-- who voided it, when and why; the history of the case it opened is kept beside it. Its id is never
-- given to another record: new ids start after the highest of both tables.
CREATE TABLE voided_service_records (
    id                INTEGER PRIMARY KEY,
    resident_id       INTEGER REFERENCES residents (id),
    service_type_id   INTEGER NOT NULL REFERENCES service_types (id),
    served_at         TEXT NOT NULL,
    handler_id        INTEGER REFERENCES staff (id),
    duration_minutes  INTEGER NOT NULL,
    outcome           TEXT NOT NULL,
    notes             TEXT NOT NULL,
    case_status       TEXT,
    due_date          TEXT,
    resolved_date     TEXT,
    referred_to       TEXT NOT NULL,
    satisfaction      INTEGER,
    created_by        INTEGER REFERENCES users (id),
    created_at        TEXT NOT NULL,
    entry_key         TEXT,
    version           INTEGER NOT NULL,
    voided_at         TEXT NOT NULL,
    voided_by         INTEGER REFERENCES users (id),
    void_reason       TEXT NOT NULL CHECK (length(trim(void_reason)) > 0)
);

CREATE INDEX voided_service_records_resident ON voided_service_records (resident_id);

CREATE TABLE voided_case_events (
    id                INTEGER PRIMARY KEY,
    service_record_id INTEGER NOT NULL REFERENCES voided_service_records (id),
    happened_at       TEXT NOT NULL,
    user_id           INTEGER REFERENCES users (id),
    from_status       TEXT,
    to_status         TEXT NOT NULL,
    note              TEXT NOT NULL DEFAULT '',
    staff_id          INTEGER REFERENCES staff (id)
);

CREATE INDEX voided_case_events_record ON voided_case_events (service_record_id, happened_at);

-- Each correction or void of a record: what each field held before and after (JSON: {"field":
-- ["old", "new"]}), and the months whose figures it changed, so that a month whose report was
-- printed before can say its figures changed since. The audit log has a row for each as well.
CREATE TABLE record_corrections (
    id                INTEGER PRIMARY KEY,
    service_record_id INTEGER NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('correct', 'void')),
    at_utc            TEXT NOT NULL,
    user_id           INTEGER REFERENCES users (id),
    changes           TEXT NOT NULL,
    month_before      TEXT,
    month_after       TEXT
);

CREATE INDEX record_corrections_record ON record_corrections (service_record_id, at_utc);
CREATE INDEX record_corrections_month_before ON record_corrections (month_before, at_utc);
CREATE INDEX record_corrections_month_after ON record_corrections (month_after, at_utc);
