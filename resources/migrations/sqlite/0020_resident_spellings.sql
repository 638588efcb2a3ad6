-- Every other way to say each resident's name, for search: residents.name_pinyin and name_initials
-- hold the likeliest spelling (the one shown and sorted by); a name whose characters have more than
-- one reading (长 chang or zhang, 曾 zeng or ceng) is found by each of the others through this table.
-- Written by the program, which knows the readings, with every write of a name; emptied with the
-- resident. Filled for the residents already registered when the program first opens the database
-- (the settings key name_spellings records the readings they were spelled with).
CREATE TABLE resident_spellings (
    spelling        TEXT NOT NULL,    -- syllables apart, as residents.name_pinyin
    initials        TEXT NOT NULL,
    shown           TEXT NOT NULL,    -- the resident's residents.name_pinyin
    shown_initials  TEXT NOT NULL,    -- and name_initials: a count tells the matches only this spelling makes
    resident_id     INTEGER NOT NULL,
    leads_elsewhere INTEGER NOT NULL, -- 1: begins with another letter than the shown spelling (丁 zheng)
    -- Every column in the key, so that each index below holds them all and a search reads nothing
    -- else (and SQLite 3.40's integrity check would take a column outside it for NULL).
    PRIMARY KEY (spelling, initials, shown, shown_initials, resident_id, leads_elsewhere)
) WITHOUT ROWID;

CREATE INDEX resident_spellings_initials ON resident_spellings (initials);
CREATE INDEX resident_spellings_resident ON resident_spellings (resident_id);
-- The few a list in name order reads apart from the stretch of its first letter, in that order.
CREATE INDEX resident_spellings_elsewhere ON resident_spellings (shown, resident_id) WHERE leads_elsewhere = 1;

CREATE TRIGGER resident_spellings_delete AFTER DELETE ON residents
BEGIN
    DELETE FROM resident_spellings WHERE resident_id = OLD.id;
END;
