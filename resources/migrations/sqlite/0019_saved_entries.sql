-- The form's own name for each resident or visit plan it saved, so that a Save pressed twice (or an
-- entry handed over again) writes once. Service records keep theirs in their own row (0017).
CREATE TABLE saved_entries (
    entry_key   TEXT PRIMARY KEY,
    object_type TEXT NOT NULL,
    object_id   INTEGER NOT NULL,
    saved_at    TEXT NOT NULL
);
