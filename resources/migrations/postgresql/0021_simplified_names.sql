-- A name written in traditional characters is found by its simplified form and the reverse (see the
-- SQLite script of the same number).
ALTER TABLE residents ADD COLUMN name_simplified TEXT COLLATE "C"; -- NULL: no traditional character

CREATE OR REPLACE FUNCTION resident_name_grams_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.name IS NOT DISTINCT FROM NEW.name
       AND OLD.name_pinyin IS NOT DISTINCT FROM NEW.name_pinyin
       AND OLD.name_simplified IS NOT DISTINCT FROM NEW.name_simplified THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM resident_name_grams g
        WHERE g.resident_id = OLD.id AND g.name_pinyin = OLD.name_pinyin
          AND g.gram IN (SELECT resident_name_grams_of(OLD.name)
                         UNION SELECT resident_name_grams_of(OLD.name_simplified));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO resident_name_grams (gram, name_pinyin, resident_id)
        SELECT gram, NEW.name_pinyin, NEW.id
        FROM (SELECT resident_name_grams_of(NEW.name) UNION SELECT resident_name_grams_of(NEW.name_simplified))
             AS grams (gram)
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER resident_name_grams_follow ON residents;
CREATE TRIGGER resident_name_grams_follow AFTER INSERT OR UPDATE OF name, name_pinyin, name_simplified OR DELETE
    ON residents FOR EACH ROW EXECUTE FUNCTION resident_name_grams_follow();
