-- Distinct residents served per month, and among them the elderly (60 and over, 80 and over on
-- the month's first day) and each care group (by the resident's tags), per grid: what the monthly
-- report calls "people served". resident_months holds who had at least one service in which month;
-- served_month_counts adds them up. Triggers keep both in the same transaction as every write to the
-- log, and follow a resident's move to another grid, a corrected date of birth and a changed tag, so
-- the counts always equal what the log and the register say now. `linli check --repair` builds
-- them again.
CREATE TABLE resident_months (
    resident_id INTEGER NOT NULL,
    month       TEXT NOT NULL, -- YYYY-MM
    PRIMARY KEY (resident_id, month)
) WITHOUT ROWID;

CREATE TABLE served_month_counts (
    grid_id         INTEGER NOT NULL,
    month           TEXT NOT NULL,
    people          INTEGER NOT NULL DEFAULT 0,
    aged_60         INTEGER NOT NULL DEFAULT 0,
    aged_80         INTEGER NOT NULL DEFAULT 0,
    living_alone    INTEGER NOT NULL DEFAULT 0,
    empty_nest      INTEGER NOT NULL DEFAULT 0,
    disabled        INTEGER NOT NULL DEFAULT 0,
    low_income      INTEGER NOT NULL DEFAULT 0,
    extreme_poverty INTEGER NOT NULL DEFAULT 0,
    veteran         INTEGER NOT NULL DEFAULT 0,
    key_care        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (grid_id, month)
) WITHOUT ROWID;

-- A resident counts in a month once, whatever the number of their services.
CREATE TRIGGER resident_months_add AFTER INSERT ON resident_months
BEGIN
    INSERT INTO served_month_counts (grid_id, month, people, aged_60, aged_80, living_alone, empty_nest, disabled, low_income, extreme_poverty, veteran, key_care)
    SELECT r.grid_id, NEW.month,
           1,
           (r.birth_date <= date(NEW.month || '-01', '-60 years')),
           (r.birth_date <= date(NEW.month || '-01', '-80 years')),
           EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.resident_id AND tag = 'living_alone'),
           EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.resident_id AND tag = 'empty_nest'),
           EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.resident_id AND tag = 'disabled'),
           EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.resident_id AND tag = 'low_income'),
           EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.resident_id AND tag = 'extreme_poverty'),
           EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.resident_id AND tag = 'veteran'),
           EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.resident_id AND tag = 'key_care')
    FROM residents r WHERE r.id = NEW.resident_id
    ON CONFLICT (grid_id, month) DO UPDATE SET
        people = people + excluded.people,
        aged_60 = aged_60 + excluded.aged_60,
        aged_80 = aged_80 + excluded.aged_80,
        living_alone = living_alone + excluded.living_alone,
        empty_nest = empty_nest + excluded.empty_nest,
        disabled = disabled + excluded.disabled,
        low_income = low_income + excluded.low_income,
        extreme_poverty = extreme_poverty + excluded.extreme_poverty,
        veteran = veteran + excluded.veteran,
        key_care = key_care + excluded.key_care;
END;

CREATE TRIGGER resident_months_remove AFTER DELETE ON resident_months
BEGIN
    UPDATE served_month_counts SET
        people = people - 1,
        aged_60 = aged_60 - ((SELECT birth_date FROM residents WHERE id = OLD.resident_id) <= date(OLD.month || '-01', '-60 years')),
        aged_80 = aged_80 - ((SELECT birth_date FROM residents WHERE id = OLD.resident_id) <= date(OLD.month || '-01', '-80 years')),
        living_alone = living_alone - EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = OLD.resident_id AND tag = 'living_alone'),
        empty_nest = empty_nest - EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = OLD.resident_id AND tag = 'empty_nest'),
        disabled = disabled - EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = OLD.resident_id AND tag = 'disabled'),
        low_income = low_income - EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = OLD.resident_id AND tag = 'low_income'),
        extreme_poverty = extreme_poverty - EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = OLD.resident_id AND tag = 'extreme_poverty'),
        veteran = veteran - EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = OLD.resident_id AND tag = 'veteran'),
        key_care = key_care - EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = OLD.resident_id AND tag = 'key_care')
    WHERE grid_id = (SELECT grid_id FROM residents WHERE id = OLD.resident_id) AND month = OLD.month;
    DELETE FROM served_month_counts WHERE people = 0 AND month = OLD.month
      AND grid_id = (SELECT grid_id FROM residents WHERE id = OLD.resident_id);
END;

-- The log decides who was served when.
CREATE TRIGGER resident_months_service_insert AFTER INSERT ON service_records
WHEN NEW.resident_id IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO resident_months (resident_id, month) VALUES (NEW.resident_id, substr(NEW.served_at, 1, 7));
END;

CREATE TRIGGER resident_months_service_delete AFTER DELETE ON service_records
WHEN OLD.resident_id IS NOT NULL
BEGIN
    DELETE FROM resident_months WHERE resident_id = OLD.resident_id AND month = substr(OLD.served_at, 1, 7)
      AND NOT EXISTS (SELECT 1 FROM service_records WHERE resident_id = OLD.resident_id
                      AND served_at >= substr(OLD.served_at, 1, 7) || '-01'
                      AND served_at < date(substr(OLD.served_at, 1, 7) || '-01', '+1 month'));
END;

CREATE TRIGGER resident_months_service_update AFTER UPDATE OF resident_id, served_at ON service_records
WHEN OLD.resident_id IS NOT NEW.resident_id OR substr(OLD.served_at, 1, 7) IS NOT substr(NEW.served_at, 1, 7)
BEGIN
    DELETE FROM resident_months WHERE resident_id = OLD.resident_id AND month = substr(OLD.served_at, 1, 7)
      AND NOT EXISTS (SELECT 1 FROM service_records WHERE resident_id = OLD.resident_id
                      AND served_at >= substr(OLD.served_at, 1, 7) || '-01'
                      AND served_at < date(substr(OLD.served_at, 1, 7) || '-01', '+1 month'));
    INSERT OR IGNORE INTO resident_months (resident_id, month)
    SELECT NEW.resident_id, substr(NEW.served_at, 1, 7) WHERE NEW.resident_id IS NOT NULL;
END;

-- The register changes: the resident's months count as they are now.
CREATE TRIGGER served_month_counts_resident AFTER UPDATE OF grid_id, birth_date ON residents
WHEN OLD.grid_id IS NOT NEW.grid_id OR OLD.birth_date IS NOT NEW.birth_date
BEGIN
    UPDATE served_month_counts SET
        people = people - 1,
        aged_60 = aged_60 - (OLD.birth_date <= date(served_month_counts.month || '-01', '-60 years')),
        aged_80 = aged_80 - (OLD.birth_date <= date(served_month_counts.month || '-01', '-80 years')),
        living_alone = living_alone - EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.id AND tag = 'living_alone'),
        empty_nest = empty_nest - EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.id AND tag = 'empty_nest'),
        disabled = disabled - EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.id AND tag = 'disabled'),
        low_income = low_income - EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.id AND tag = 'low_income'),
        extreme_poverty = extreme_poverty - EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.id AND tag = 'extreme_poverty'),
        veteran = veteran - EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.id AND tag = 'veteran'),
        key_care = key_care - EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.id AND tag = 'key_care')
    WHERE grid_id = OLD.grid_id AND month IN (SELECT month FROM resident_months WHERE resident_id = NEW.id);
    DELETE FROM served_month_counts WHERE grid_id = OLD.grid_id AND people = 0
      AND month IN (SELECT month FROM resident_months WHERE resident_id = NEW.id);
    INSERT INTO served_month_counts (grid_id, month, people, aged_60, aged_80, living_alone, empty_nest, disabled, low_income, extreme_poverty, veteran, key_care)
    SELECT NEW.grid_id, m.month,
           1,
           (NEW.birth_date <= date(m.month || '-01', '-60 years')),
           (NEW.birth_date <= date(m.month || '-01', '-80 years')),
           EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.id AND tag = 'living_alone'),
           EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.id AND tag = 'empty_nest'),
           EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.id AND tag = 'disabled'),
           EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.id AND tag = 'low_income'),
           EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.id AND tag = 'extreme_poverty'),
           EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.id AND tag = 'veteran'),
           EXISTS (SELECT 1 FROM resident_tags WHERE resident_id = NEW.id AND tag = 'key_care')
    FROM resident_months m WHERE m.resident_id = NEW.id
    ON CONFLICT (grid_id, month) DO UPDATE SET
        people = people + excluded.people,
        aged_60 = aged_60 + excluded.aged_60,
        aged_80 = aged_80 + excluded.aged_80,
        living_alone = living_alone + excluded.living_alone,
        empty_nest = empty_nest + excluded.empty_nest,
        disabled = disabled + excluded.disabled,
        low_income = low_income + excluded.low_income,
        extreme_poverty = extreme_poverty + excluded.extreme_poverty,
        veteran = veteran + excluded.veteran,
        key_care = key_care + excluded.key_care;
END;

CREATE TRIGGER served_month_counts_tag_insert AFTER INSERT ON resident_tags
BEGIN
    UPDATE served_month_counts SET
        living_alone = living_alone + (NEW.tag = 'living_alone'),
        empty_nest = empty_nest + (NEW.tag = 'empty_nest'),
        disabled = disabled + (NEW.tag = 'disabled'),
        low_income = low_income + (NEW.tag = 'low_income'),
        extreme_poverty = extreme_poverty + (NEW.tag = 'extreme_poverty'),
        veteran = veteran + (NEW.tag = 'veteran'),
        key_care = key_care + (NEW.tag = 'key_care')
    WHERE grid_id = (SELECT grid_id FROM residents WHERE id = NEW.resident_id)
      AND month IN (SELECT month FROM resident_months WHERE resident_id = NEW.resident_id);
END;

CREATE TRIGGER served_month_counts_tag_delete AFTER DELETE ON resident_tags
BEGIN
    UPDATE served_month_counts SET
        living_alone = living_alone - (OLD.tag = 'living_alone'),
        empty_nest = empty_nest - (OLD.tag = 'empty_nest'),
        disabled = disabled - (OLD.tag = 'disabled'),
        low_income = low_income - (OLD.tag = 'low_income'),
        extreme_poverty = extreme_poverty - (OLD.tag = 'extreme_poverty'),
        veteran = veteran - (OLD.tag = 'veteran'),
        key_care = key_care - (OLD.tag = 'key_care')
    WHERE grid_id = (SELECT grid_id FROM residents WHERE id = OLD.resident_id)
      AND month IN (SELECT month FROM resident_months WHERE resident_id = OLD.resident_id);
END;

-- What the log holds already.
INSERT INTO resident_months (resident_id, month)
SELECT DISTINCT resident_id, substr(served_at, 1, 7) FROM service_records WHERE resident_id IS NOT NULL;
