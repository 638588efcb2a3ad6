-- The search box finds residents by their address ("3-2-301", "3栋2单元301室"): room first, the
-- most selective part, then building and unit.
CREATE INDEX residents_room ON residents (room, building, unit);
