#pragma once

#include <QDate>
#include <QList>

namespace linli {

// Which daily backups to keep: the 7 newest, and the newest of each of the 4 next older weeks
// (Monday to Sunday) that have one; the rest may go.
class BackupRotation
{
public:
    static constexpr int dailyKept = 7;
    static constexpr int weeklyKept = 4;

    // The days among `backups` (one file per day) whose file may be removed.
    static QList<QDate> expired(QList<QDate> backups);
};

} // namespace linli
