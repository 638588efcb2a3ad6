-- Part of a name typed in the search box ("芳", "王芳", "秀英") is found through an index of every
-- character and every pair of adjacent characters of each name, rather than by reading a million
-- names. Each entry carries the name's spelling, so that the matches of a common character ("张")
-- are read in the list's name order straight from this index. Kept by triggers in the same
-- transaction as every write of a name, whatever writes it.
CREATE TABLE resident_name_grams (
    gram        TEXT NOT NULL,    -- one character, or two adjacent ones
    name_pinyin TEXT NOT NULL,    -- residents.name_pinyin
    resident_id INTEGER NOT NULL,
    PRIMARY KEY (gram, name_pinyin, resident_id)
) WITHOUT ROWID;

-- The positions of the characters of a name (at most 50, as residents.name requires): triggers
-- cannot use a recursive query to count them.
CREATE TABLE name_positions (position INTEGER PRIMARY KEY);
INSERT INTO name_positions (position)
VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16), (17),
       (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31), (32), (33),
       (34), (35), (36), (37), (38), (39), (40), (41), (42), (43), (44), (45), (46), (47), (48), (49), (50);

INSERT OR IGNORE INTO resident_name_grams (gram, name_pinyin, resident_id)
SELECT substr(r.name, p.position, 1), r.name_pinyin, r.id
FROM residents r JOIN name_positions p ON p.position <= length(r.name);
INSERT OR IGNORE INTO resident_name_grams (gram, name_pinyin, resident_id)
SELECT substr(r.name, p.position, 2), r.name_pinyin, r.id
FROM residents r JOIN name_positions p ON p.position < length(r.name);

CREATE TRIGGER resident_name_grams_insert AFTER INSERT ON residents
BEGIN
    INSERT OR IGNORE INTO resident_name_grams (gram, name_pinyin, resident_id)
    SELECT substr(NEW.name, position, 1), NEW.name_pinyin, NEW.id FROM name_positions
    WHERE position <= length(NEW.name)
    UNION ALL
    SELECT substr(NEW.name, position, 2), NEW.name_pinyin, NEW.id FROM name_positions
    WHERE position < length(NEW.name);
END;

CREATE TRIGGER resident_name_grams_delete AFTER DELETE ON residents
BEGIN
    DELETE FROM resident_name_grams
    WHERE name_pinyin = OLD.name_pinyin AND resident_id = OLD.id
      AND gram IN (SELECT substr(OLD.name, position, 1) FROM name_positions WHERE position <= length(OLD.name)
                   UNION ALL
                   SELECT substr(OLD.name, position, 2) FROM name_positions WHERE position < length(OLD.name));
END;

CREATE TRIGGER resident_name_grams_update AFTER UPDATE OF name, name_pinyin ON residents
WHEN OLD.name IS NOT NEW.name OR OLD.name_pinyin IS NOT NEW.name_pinyin
BEGIN
    DELETE FROM resident_name_grams
    WHERE name_pinyin = OLD.name_pinyin AND resident_id = OLD.id
      AND gram IN (SELECT substr(OLD.name, position, 1) FROM name_positions WHERE position <= length(OLD.name)
                   UNION ALL
                   SELECT substr(OLD.name, position, 2) FROM name_positions WHERE position < length(OLD.name));
    INSERT OR IGNORE INTO resident_name_grams (gram, name_pinyin, resident_id)
    SELECT substr(NEW.name, position, 1), NEW.name_pinyin, NEW.id FROM name_positions
    WHERE position <= length(NEW.name)
    UNION ALL
    SELECT substr(NEW.name, position, 2), NEW.name_pinyin, NEW.id FROM name_positions
    WHERE position < length(NEW.name);
END;
