#include "backuprotation.h"

#include <QSet>

#include <algorithm>

namespace linli {

namespace {

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

QList<QDate> BackupRotation::expired(QList<QDate> backups)
{
    std::sort(backups.begin(), backups.end(), std::greater<>());
    backups.erase(std::unique(backups.begin(), backups.end()), backups.end());

    const QList<QDate> daily = backups.mid(0, dailyKept);
    QSet<QDate> kept(daily.cbegin(), daily.cend());
    QSet<QDate> weeksCovered;
    for (const QDate &day : daily)
        weeksCovered.insert(mondayOf(day));
    int weekly = 0;
    // Newest first, so the first day met in a week is that week's newest.
    for (const QDate &day : backups.mid(dailyKept)) {
        if (weekly == weeklyKept)
            break;
        const QDate week = mondayOf(day);
        if (!weeksCovered.contains(week)) {
            weeksCovered.insert(week);
            kept.insert(day);
            ++weekly;
        }
    }
    QList<QDate> expired;
    for (const QDate &day : std::as_const(backups)) {
        if (!kept.contains(day))
            expired.append(day);
    }
    return expired;
}

} // namespace linli
