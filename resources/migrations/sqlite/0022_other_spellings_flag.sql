-- Whether a resident's name has spellings besides the one shown (rows in resident_spellings): a
-- list read in name order looks those up only for the residents who have some.
ALTER TABLE residents ADD COLUMN has_other_spellings INTEGER NOT NULL DEFAULT 0;
UPDATE residents SET has_other_spellings = 1 WHERE id IN (SELECT resident_id FROM resident_spellings);
