-- Every other way to say each resident's name, for search: residents.name_pinyin and name_initials
-- hold the likeliest spelling (the one shown and sorted by); a name whose characters have more than
-- one reading (长 chang or zhang, 曾 zeng or ceng) is found by each of the others through this table.
-- Written by the program, which knows the readings, with every write of a name; emptied with the
-- resident. Filled for the residents already registered when the program first opens the database
-- (the settings key name_spellings records the readings they were spelled with).
CREATE TABLE resident_spellings (
    spelling    TEXT NOT NULL,    -- syllables apart, as residents.name_pinyin
    initials    TEXT NOT NULL,
    resident_id INTEGER NOT NULL,
    -- Every column in the key: SQLite 3.40's integrity check takes the others of a table without
    -- rowids for NULL.
    PRIMARY KEY (spelling, initials, resident_id)
) WITHOUT ROWID;

CREATE INDEX resident_spellings_initials ON resident_spellings (initials);
CREATE INDEX resident_spellings_resident ON resident_spellings (resident_id);

CREATE TRIGGER resident_spellings_delete AFTER DELETE ON residents
BEGIN
    DELETE FROM resident_spellings WHERE resident_id = OLD.id;
END;
