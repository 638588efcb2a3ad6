-- Days that differ from "Monday to Friday": public holidays and the weekend days worked instead
-- (调休上班), as the State Council's notice sets them each year. Case deadlines count working days.
CREATE TABLE calendar_days (
    day  TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    note TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- 2025, from the notice of 12 November 2024 (国办发明电〔2024〕12号).
INSERT INTO calendar_days (day, kind, note) VALUES
    ('2025-01-01', 'holiday', '元旦'),
    ('2025-01-26', 'workday', '春节调休'),
    ('2025-01-28', 'holiday', '春节'), ('2025-01-29', 'holiday', '春节'), ('2025-01-30', 'holiday', '春节'),
    ('2025-01-31', 'holiday', '春节'), ('2025-02-01', 'holiday', '春节'), ('2025-02-02', 'holiday', '春节'),
    ('2025-02-03', 'holiday', '春节'), ('2025-02-04', 'holiday', '春节'),
    ('2025-02-08', 'workday', '春节调休'),
    ('2025-04-04', 'holiday', '清明节'), ('2025-04-05', 'holiday', '清明节'), ('2025-04-06', 'holiday', '清明节'),
    ('2025-04-27', 'workday', '劳动节调休'),
    ('2025-05-01', 'holiday', '劳动节'), ('2025-05-02', 'holiday', '劳动节'), ('2025-05-03', 'holiday', '劳动节'),
    ('2025-05-04', 'holiday', '劳动节'), ('2025-05-05', 'holiday', '劳动节'),
    ('2025-05-31', 'holiday', '端午节'), ('2025-06-01', 'holiday', '端午节'), ('2025-06-02', 'holiday', '端午节'),
    ('2025-09-28', 'workday', '国庆节调休'),
    ('2025-10-01', 'holiday', '国庆节、中秋节'), ('2025-10-02', 'holiday', '国庆节、中秋节'),
    ('2025-10-03', 'holiday', '国庆节、中秋节'), ('2025-10-04', 'holiday', '国庆节、中秋节'),
    ('2025-10-05', 'holiday', '国庆节、中秋节'), ('2025-10-06', 'holiday', '国庆节、中秋节'),
    ('2025-10-07', 'holiday', '国庆节、中秋节'), ('2025-10-08', 'holiday', '国庆节、中秋节'),
    ('2025-10-11', 'workday', '国庆节调休');
