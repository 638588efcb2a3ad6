-- New registrations per month, of all grids or one (the dashboard), are counted from this index
-- alone; it still orders the resident list by registration date as the one it replaces did.
DROP INDEX residents_registered;
CREATE INDEX residents_registered ON residents (registered_at, grid_id);
