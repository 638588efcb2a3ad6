-- A name written in traditional characters (張秀蘭) is found by its simplified form (张秀兰) and the
-- reverse: the program writes the simplified form beside the name when it differs, and the index of
-- name characters holds the characters and pairs of both. A search looks up the simplified form of
-- what was typed.
ALTER TABLE residents ADD COLUMN name_simplified TEXT; -- NULL: the name has no traditional character

DROP TRIGGER resident_name_grams_insert;
DROP TRIGGER resident_name_grams_delete;
DROP TRIGGER resident_name_grams_update;

CREATE TRIGGER resident_name_grams_insert AFTER INSERT ON residents
BEGIN
    INSERT OR IGNORE INTO resident_name_grams (gram, name_pinyin, resident_id)
    SELECT substr(NEW.name, position, 1), NEW.name_pinyin, NEW.id FROM name_positions
    WHERE position <= length(NEW.name)
    UNION ALL
    SELECT substr(NEW.name, position, 2), NEW.name_pinyin, NEW.id FROM name_positions
    WHERE position < length(NEW.name)
    UNION ALL
    SELECT substr(NEW.name_simplified, position, 1), NEW.name_pinyin, NEW.id FROM name_positions
    WHERE position <= length(NEW.name_simplified)
    UNION ALL
    SELECT substr(NEW.name_simplified, position, 2), NEW.name_pinyin, NEW.id FROM name_positions
    WHERE position < length(NEW.name_simplified);
END;

CREATE TRIGGER resident_name_grams_delete AFTER DELETE ON residents
BEGIN
    -- Each entry by its key: the index is searched by gram.
    DELETE FROM resident_name_grams
    WHERE name_pinyin = OLD.name_pinyin AND resident_id = OLD.id
      AND gram IN (SELECT substr(OLD.name, position, 1) FROM name_positions WHERE position <= length(OLD.name)
                   UNION ALL
                   SELECT substr(OLD.name, position, 2) FROM name_positions WHERE position < length(OLD.name)
                   UNION ALL
                   SELECT substr(OLD.name_simplified, position, 1) FROM name_positions
                   WHERE position <= length(OLD.name_simplified)
                   UNION ALL
                   SELECT substr(OLD.name_simplified, position, 2) FROM name_positions
                   WHERE position < length(OLD.name_simplified));
END;

CREATE TRIGGER resident_name_grams_update AFTER UPDATE OF name, name_pinyin, name_simplified ON residents
WHEN OLD.name IS NOT NEW.name OR OLD.name_pinyin IS NOT NEW.name_pinyin
     OR OLD.name_simplified IS NOT NEW.name_simplified
BEGIN
    -- Each entry by its key: the index is searched by gram.
    DELETE FROM resident_name_grams
    WHERE name_pinyin = OLD.name_pinyin AND resident_id = OLD.id
      AND gram IN (SELECT substr(OLD.name, position, 1) FROM name_positions WHERE position <= length(OLD.name)
                   UNION ALL
                   SELECT substr(OLD.name, position, 2) FROM name_positions WHERE position < length(OLD.name)
                   UNION ALL
                   SELECT substr(OLD.name_simplified, position, 1) FROM name_positions
                   WHERE position <= length(OLD.name_simplified)
                   UNION ALL
                   SELECT substr(OLD.name_simplified, position, 2) FROM name_positions
                   WHERE position < length(OLD.name_simplified));
    INSERT OR IGNORE INTO resident_name_grams (gram, name_pinyin, resident_id)
    SELECT substr(NEW.name, position, 1), NEW.name_pinyin, NEW.id FROM name_positions
    WHERE position <= length(NEW.name)
    UNION ALL
    SELECT substr(NEW.name, position, 2), NEW.name_pinyin, NEW.id FROM name_positions
    WHERE position < length(NEW.name)
    UNION ALL
    SELECT substr(NEW.name_simplified, position, 1), NEW.name_pinyin, NEW.id FROM name_positions
    WHERE position <= length(NEW.name_simplified)
    UNION ALL
    SELECT substr(NEW.name_simplified, position, 2), NEW.name_pinyin, NEW.id FROM name_positions
    WHERE position < length(NEW.name_simplified);
END;
