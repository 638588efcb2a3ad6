-- The form's own name for each resident or visit plan it saved (see the SQLite script of the same number).
CREATE TABLE saved_entries (
    entry_key   TEXT COLLATE "C" PRIMARY KEY,
    object_type TEXT COLLATE "C" NOT NULL,
    object_id   BIGINT NOT NULL,
    saved_at    TEXT COLLATE "C" NOT NULL
);
