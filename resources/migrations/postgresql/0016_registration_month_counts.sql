-- New registrations per month and grid, kept by a trigger (see the SQLite script of the same number).
CREATE TABLE registration_month_counts (
    month     TEXT COLLATE "C" NOT NULL,
    grid_id   BIGINT NOT NULL,
    residents BIGINT NOT NULL CHECK (residents >= 0),
    PRIMARY KEY (month, grid_id)
);

INSERT INTO registration_month_counts (month, grid_id, residents)
SELECT substr(registered_at, 1, 7), grid_id, count(*) FROM residents GROUP BY 1, 2;

CREATE FUNCTION registration_month_counts_add(registered TEXT, grid BIGINT, change INTEGER)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF change > 0 THEN
        INSERT INTO registration_month_counts AS c (month, grid_id, residents)
        VALUES (substr(registered, 1, 7), grid, change)
        ON CONFLICT (month, grid_id) DO UPDATE SET residents = c.residents + excluded.residents;
    ELSE
        UPDATE registration_month_counts c SET residents = c.residents + change
        WHERE c.month = substr(registered, 1, 7) AND c.grid_id = grid;
        DELETE FROM registration_month_counts c
        WHERE c.month = substr(registered, 1, 7) AND c.grid_id = grid AND c.residents = 0;
    END IF;
END
$$;

CREATE FUNCTION registration_month_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM registration_month_counts_add(OLD.registered_at, OLD.grid_id, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM registration_month_counts_add(NEW.registered_at, NEW.grid_id, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER registration_month_counts_follow
    AFTER INSERT OR UPDATE OF registered_at, grid_id OR DELETE ON residents
    FOR EACH ROW EXECUTE FUNCTION registration_month_counts_follow();
