-- Care for those who must not fall through: when each resident was last contacted (the latest
-- service record or done visit), how often they must be, and when that falls due. The two dates are
-- kept by CareSchedule in the same transaction as every write that changes them, so that the list of
-- those not seen in time is read from an index, most overdue first.
ALTER TABLE residents ADD COLUMN contact_interval_days INTEGER
    CHECK (contact_interval_days IS NULL OR contact_interval_days BETWEEN 1 AND 365);
ALTER TABLE residents ADD COLUMN last_contact_at TEXT;
ALTER TABLE residents ADD COLUMN contact_due_at TEXT;

CREATE INDEX residents_contact_due ON residents (contact_due_at) WHERE contact_due_at IS NOT NULL;
CREATE INDEX residents_contact_due_by_grid ON residents (grid_id, contact_due_at) WHERE contact_due_at IS NOT NULL;

-- The default contact intervals in days, per tag; a manager changes them, a resident may have their own.
INSERT OR IGNORE INTO settings (key, value) VALUES
    ('care_interval_living_alone', '7'), ('care_interval_disabled', '14'), ('care_interval_key_care', '30');

-- The dates are computed by the program (one definition, in CareSchedule) when the file is next opened.
INSERT OR REPLACE INTO settings (key, value) VALUES ('care_schedule_stale', '1');

-- visit_series.interval_days holds the interval in the frequency's unit (weeks, days or months), as
-- VisitRecurrence counts it. Series written before said 7 for "every week".
UPDATE visit_series SET interval_days = 1 WHERE frequency = 'weekly' AND interval_days = 7;
-- Only a series without end is written ahead; the others are written whole.
UPDATE visit_series SET materialized_until = NULL WHERE until_date IS NOT NULL OR occurrence_count IS NOT NULL;
