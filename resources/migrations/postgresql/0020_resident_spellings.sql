-- Every other way to say each resident's name, for search (see the SQLite script of the same number).
CREATE TABLE resident_spellings (
    spelling        TEXT COLLATE "C" NOT NULL,
    initials        TEXT COLLATE "C" NOT NULL,
    shown           TEXT COLLATE "C" NOT NULL,
    shown_initials  TEXT COLLATE "C" NOT NULL,
    resident_id     BIGINT NOT NULL,
    leads_elsewhere INTEGER NOT NULL
);

CREATE INDEX resident_spellings_spelling ON resident_spellings (spelling, initials, shown, shown_initials, resident_id);
CREATE INDEX resident_spellings_initials ON resident_spellings (initials, spelling, shown, shown_initials, resident_id);
CREATE INDEX resident_spellings_resident ON resident_spellings (resident_id);
CREATE INDEX resident_spellings_elsewhere ON resident_spellings (shown, resident_id, spelling, initials)
    WHERE leads_elsewhere = 1;

CREATE FUNCTION resident_spellings_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM resident_spellings WHERE resident_id = OLD.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER resident_spellings_follow AFTER DELETE ON residents
    FOR EACH ROW EXECUTE FUNCTION resident_spellings_follow();
